// /broadcast for staff (the composer guide), and the Pause/Resume/Cancel buttons of a running broadcast.
import { createConversation } from '@grammyjs/conversations';
import { Composer } from 'grammy';
import { setBroadcastStatus } from '../../../broadcast/queue.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { staffOnly } from '../../middlewares/roles.ts';
import { broadcastGuide } from './broadcastGuide.ts';

export const broadcast = new Composer<BotContext>();
broadcast.use(createConversation(broadcastGuide, 'broadcast'));

broadcast.chatType('private').command('broadcast', staffOnly, async (ctx) => {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter('broadcast');
});

const MOVES = {
  pause: { status: 'paused', answer: 'broadcast-paused' },
  resume: { status: 'running', answer: 'broadcast-resumed' },
  cancel: { status: 'cancelled', answer: 'broadcast-cancelled' },
} as const;

onAction(broadcast, 'broadcast', staffOnly, async (ctx) => {
  const move = MOVES[ctx.action.op];
  const moved = setBroadcastStatus(ctx.deps.store.db, ctx.action.id, move.status);
  // A stale button (a finished broadcast, a second tap) changes nothing.
  await ctx.answerCallbackQuery({ text: ctx.t(moved ? move.answer : 'broadcast-unchanged') });
});
