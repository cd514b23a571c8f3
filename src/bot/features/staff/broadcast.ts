// /broadcast for staff (the composer guide), `/broadcast <id>` for one broadcast's status, and the
// buttons of a broadcast: Pause/Resume/Cancel while it runs, and sending again what failed.
import { createConversation } from '@grammyjs/conversations';
import { Composer } from 'grammy';
import { statusMessage, setProgressMessage } from '../../../broadcast/progress.ts';
import { broadcastStatus, progress, resendFailed, secondsLeft, setBroadcastStatus } from '../../../broadcast/queue.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { staffOnly } from '../../middlewares/roles.ts';
import { broadcastGuide } from './broadcastGuide.ts';

export const broadcast = new Composer<BotContext>();
broadcast.use(createConversation(broadcastGuide, 'broadcast'));

broadcast.chatType('private').command('broadcast', staffOnly, async (ctx) => {
  const id = /^\d{1,9}$/.test(ctx.match.trim()) ? Number(ctx.match.trim()) : undefined;
  if (id === undefined) {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter('broadcast');
    return;
  }
  const b = broadcastStatus(ctx.deps.store.db, id);
  if (!b) return void (await ctx.reply(ctx.t('broadcast-not-found', { id })));
  const p = progress(ctx.deps.store.db, id);
  const { text, keyboard } = statusMessage(b, p, secondsLeft(p, { at: Date.parse(b.createdAt), doneThen: 0 }), ctx.t);
  await ctx.reply(text, keyboard ? { reply_markup: keyboard } : {});
});

const MOVES = {
  pause: { status: 'paused', answer: 'broadcast-paused' },
  resume: { status: 'running', answer: 'broadcast-resumed' },
  cancel: { status: 'cancelled', answer: 'broadcast-cancelled' },
} as const;

onAction(broadcast, 'broadcast', staffOnly, async (ctx) => {
  const { id, op } = ctx.action;
  const db = ctx.deps.store.db;
  if (op === 'resend') {
    // A second tap finds the failed ones queued already and queues nobody again.
    const count = resendFailed(db, id);
    const message = ctx.callbackQuery.message;
    // The message pressed shows the progress of sending again.
    if (count > 0 && message) setProgressMessage(db, id, message.chat.id, message.message_id);
    await ctx.answerCallbackQuery({
      text: ctx.t(count > 0 ? 'broadcast-resending' : 'broadcast-resend-nothing', { count }),
    });
    return;
  }
  const move = MOVES[op];
  const moved = setBroadcastStatus(db, id, move.status);
  // A stale button (a finished broadcast, a second tap) changes nothing.
  await ctx.answerCallbackQuery({ text: ctx.t(moved ? move.answer : 'broadcast-unchanged') });
});
