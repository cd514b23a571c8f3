// /stats for staff: users, searches and what got no answer (with what it asked that the data lacks),
// applications, subscribers, the last broadcasts — every code read out in the staff member's language.
import { Composer } from 'grammy';
import { escapeHtml, nameOf } from '../../../cards/render.ts';
import { parseAudience } from '../../../broadcast/queue.ts';
import type { BotContext } from '../../context.ts';
import { staffOnly } from '../../middlewares/roles.ts';

export const stats = new Composer<BotContext>();

stats.chatType('private').command('stats', staffOnly, async (ctx) => {
  const s = ctx.deps.repos.stats.collect();
  const pairs = (o: Record<string, number>, label: (code: string) => string) =>
    Object.entries(o)
      .map(([k, v]) => `${label(k)} — ${v}`)
      .join(', ') || '—';
  const name = (slug: string) => {
    const ref = ctx.deps.refs.get(slug);
    return ref ? nameOf(ref, ctx.lang) : slug;
  };
  const measure = (m: string) => ctx.t(m === 'unsourced' ? 'stats-measure-unsourced' : `metric-${m}`);
  // What a question was understood to ask: its measure, of its entity.
  const asked = (u: { entity: string | null; measure: string | null }) =>
    [u.measure && measure(u.measure), u.entity && name(u.entity)].filter(Boolean).join(' · ');
  const lines = [
    ctx.t('stats-users', {
      count: s.users,
      active7: s.active7,
      active30: s.active30,
      off: s.newsOff,
      blocked: s.blocked,
    }),
    ctx.t('stats-languages', { list: pairs(s.byLanguage, (l) => ctx.t(`broadcast-version-${l}`)) }),
    ctx.t('stats-searches', { week: s.searches7, month: s.searches30, misses: s.misses30 }),
    ctx.t('stats-unanswered', { count: s.unansweredTotal }),
    ...s.topUnanswered.map((u) => `   • ${u.query} — ${u.count}${asked(u) ? ` (${asked(u)})` : ''}`),
    ...(s.lacking.length > 0 ? [ctx.t('stats-lacking'), ...s.lacking.map((l) => `   • ${asked(l)} — ${l.count}`)] : []),
    ctx.t('stats-applications', { list: pairs(s.applications, (st) => ctx.t(`staff-status-${st}`)) }),
    ...unposted(ctx),
    ctx.t('stats-subscribers', { list: pairs(s.subscribers, (topic) => topicLabel(ctx, topic)) }),
    ctx.t('stats-broadcasts'),
    ...s.broadcasts.map(
      (b) =>
        `   • #${b.id} ${audienceLabel(ctx, b.audience)}, ${ctx.t(`broadcast-status-${b.status}`)}: ${ctx.t('stats-broadcast-line', { sent: b.sent, blocked: b.blocked, failed: b.failed, remaining: b.pending })}`,
    ),
  ];
  await ctx.reply(escapeHtml(lines.join('\n')), { parse_mode: 'HTML' });
});

/** What is followed: a zone or district by its name, the news topics by theirs. */
function topicLabel(ctx: BotContext, topic: string): string {
  const slug = /^(?:zone|district):(.+)$/.exec(topic)?.[1];
  const ref = slug ? ctx.deps.refs.get(slug) : undefined;
  if (ref) return nameOf(ref, ctx.lang);
  return topic === 'sez' || topic === 'parks' ? ctx.t(`topic-${topic}`) : topic;
}

/** Whom a broadcast went to, as the broadcast guide names it. */
function audienceLabel(ctx: BotContext, text: string): string {
  const a = parseAudience(text);
  if (!a) return text;
  if (a.kind === 'all') return ctx.t('broadcast-audience-all');
  if (a.kind === 'lang') return ctx.t(`broadcast-audience-lang-${a.lang}`);
  if (a.topic === 'sez' || a.topic === 'parks') return ctx.t(`broadcast-audience-topic-${a.topic}`);
  return ctx.t('stats-audience-topic', { topic: topicLabel(ctx, a.topic) });
}

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
