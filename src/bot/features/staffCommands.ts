// Staff commands: /broadcast (the composer), /stats, and the Pause/Resume/Cancel buttons of a
// running broadcast. Each checks the role itself; everyone else gets a clear refusal.
import { createConversation } from '@grammyjs/conversations';
import { FeatureComposer } from '../composer.ts';
import { decodeAction } from '../../cards/actions.ts';
import { escapeHtml } from '../../cards/render.ts';
import { setBroadcastStatus } from '../../broadcast/queue.ts';
import { collectStats } from '../../store/stats.ts';
import type { BotContext } from '../context.ts';
import { broadcastGuide } from '../conversations/broadcast.ts';
import { isStaff } from './roles.ts';
import { guide } from '../guideGate.ts';

export const staffCommands = new FeatureComposer<BotContext>();
staffCommands.use(guide(createConversation(broadcastGuide, 'broadcast')));

const privateChats = staffCommands.chatType('private');

privateChats.command('broadcast', async (ctx) => {
  if (!isStaff(ctx)) return void (await ctx.reply(ctx.t('staff-only')));
  await ctx.conversation.exitAll();
  await ctx.conversation.enter('broadcast');
});

privateChats.command('stats', async (ctx) => {
  if (!isStaff(ctx)) return void (await ctx.reply(ctx.t('staff-only')));
  const s = collectStats(ctx.deps.store.db);
  const pairs = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ') || '—';
  const lines = [
    ctx.t('stats-users', { count: s.users, active7: s.active7, active30: s.active30, off: s.newsOff, blocked: s.blocked }),
    ctx.t('stats-languages', { list: pairs(s.byLanguage) }),
    ctx.t('stats-searches', { week: s.searches7, month: s.searches30, misses: s.misses30 }),
    ctx.t('stats-unanswered', { count: s.unansweredTotal }),
    ...s.topUnanswered.map((u) => `   • ${u.query} — ${u.count}`),
    ctx.t('stats-applications', { list: pairs(s.applications) }),
    ctx.t('stats-subscribers', { list: pairs(s.subscribers) }),
    ctx.t('stats-broadcasts'),
    ...s.broadcasts.map((b) => `   • #${b.id} ${b.audience} ${b.status}: ${ctx.t('stats-broadcast-line', { sent: b.sent, blocked: b.blocked, failed: b.failed, remaining: b.pending })}`),
  ];
  await ctx.reply(escapeHtml(lines.join('\n')), { parse_mode: 'HTML' });
});

staffCommands.on('callback_query:data', async (ctx, next) => {
  const action = decodeAction(ctx.callbackQuery.data);
  if (action?.type !== 'broadcast') return next();
  if (!isStaff(ctx)) return void (await ctx.answerCallbackQuery({ text: ctx.t('staff-only') }));
  const moved = setBroadcastStatus(ctx.deps.store.db, action.id, action.op === 'pause' ? 'paused' : action.op === 'resume' ? 'running' : 'cancelled');
  // A stale button (a finished broadcast, a second tap) changes nothing.
  const answer = !moved ? 'broadcast-unchanged' : action.op === 'pause' ? 'broadcast-paused' : action.op === 'resume' ? 'broadcast-resumed' : 'broadcast-cancelled';
  await ctx.answerCallbackQuery({ text: ctx.t(answer) });
});
