// /stats for staff: users, searches and misses, applications, subscribers, the last broadcasts.
import { Composer } from 'grammy';
import { escapeHtml } from '../../../cards/render.ts';
import type { BotContext } from '../../context.ts';
import { staffOnly } from '../../middlewares/roles.ts';

export const stats = new Composer<BotContext>();

stats.chatType('private').command('stats', staffOnly, async (ctx) => {
  const s = ctx.deps.repos.stats.collect();
  const pairs = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '—';
  const lines = [
    ctx.t('stats-users', {
      count: s.users,
      active7: s.active7,
      active30: s.active30,
      off: s.newsOff,
      blocked: s.blocked,
    }),
    ctx.t('stats-languages', { list: pairs(s.byLanguage) }),
    ctx.t('stats-searches', { week: s.searches7, month: s.searches30, misses: s.misses30 }),
    ctx.t('stats-unanswered', { count: s.unansweredTotal }),
    ...s.topUnanswered.map((u) => `   • ${u.query} — ${u.count}`),
    ctx.t('stats-applications', { list: pairs(s.applications) }),
    ...unposted(ctx),
    ctx.t('stats-subscribers', { list: pairs(s.subscribers) }),
    ctx.t('stats-broadcasts'),
    ...s.broadcasts.map(
      (b) =>
        `   • #${b.id} ${b.audience} ${b.status}: ${ctx.t('stats-broadcast-line', { sent: b.sent, blocked: b.blocked, failed: b.failed, remaining: b.pending })}`,
    ),
  ];
  await ctx.reply(escapeHtml(lines.join('\n')), { parse_mode: 'HTML' });
});

/** Applications the staff chat has not got yet, and why: what an operator has to act on. */
function unposted(ctx: BotContext): string[] {
  const u = ctx.deps.repos.applications.unposted();
  const head = ctx.t('stats-unposted', { count: u.count });
  if (u.count === 0) return [head];
  const why =
    ctx.deps.staffChatId === undefined
      ? ctx.t('stats-unposted-no-chat')
      : ctx.t('stats-unposted-detail', {
          since: (u.oldest ?? '').slice(0, 16).replace('T', ' '),
          error: u.lastError ?? '—',
        });
  return [head, `   ${why}`];
}
