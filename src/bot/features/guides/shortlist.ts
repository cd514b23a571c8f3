// The investor guide's shortlist: every zone that fits, a page at a time (‹ ›, the same message),
// the whole list as one message to keep, a Share button (inline mode, as cards share) and the link
// that opens the same shortlist for whoever it was sent to. Everything is worked out again from the
// shortlist's code and the current data, so old pages stay right after a data change.
import { Composer, InlineKeyboard } from 'grammy';
import type { Translate } from '../../../cards/format.ts';
import { entityLabel, escapeHtml, kindLabel, nameOf, type Button, type Rendered } from '../../../cards/render.ts';
import type { Lang } from '../../../dataset/schema.ts';
import { projectSentence, type PlaceName } from '../../../guide/answers.ts';
import { rankZones, type Profile, type Ranked } from '../../../guide/rank.ts';
import { pageCount, PAGE_SIZE, profileOfCode, shortlist, shortlistCode } from '../../../guide/shortlist.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext, BotDeps } from '../../context.ts';
import { send, show } from '../../reply.ts';
import { say } from './reasons.ts';

/** What rendering a shortlist needs of a context: the bot's or a guide's. */
interface Speaker {
  t: Translate;
  lang: Lang;
  deps: BotDeps;
}

/** The deep-link payload of a shortlist: t.me/<bot>?start=fit-<code>. */
const START = 'fit-';

export function rankFor(deps: BotDeps, profile: Profile, today: string, lang: Lang): Ranked[] {
  return rankZones(profile, deps.repos.guides.zones(), today, lang);
}

const placeName =
  (c: Speaker): PlaceName =>
  (slug) => {
    const ref = c.deps.refs.get(slug);
    return ref ? nameOf(ref, c.lang) : slug;
  };

/** Page `page` (from 1) of the shortlist: each zone with its reasons, its card and Compare. */
export function renderShortlist(c: Speaker, profile: Profile, ranked: Ranked[], page: number): Rendered {
  const { results, exact } = shortlist(ranked);
  const pages = pageCount(results.length);
  const at = Math.min(Math.max(page, 1), pages);
  const code = shortlistCode(profile);
  const shown = results.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE);
  const head = exact
    ? c.t('invest-results', { count: results.length })
    : c.t('invest-results-none', { count: results.length });
  const blocks = [escapeHtml(pages > 1 ? `${head} — ${c.t('page-of', { page: at, pages })}` : head)];
  const buttons: Button[][] = [];
  shown.forEach((r, i) => {
    const ref = c.deps.refs.get(r.slug);
    if (!ref) return;
    const n = (at - 1) * PAGE_SIZE + i + 1;
    const lines = [`${n}. <b>${escapeHtml(entityLabel(ref, c.lang))}</b> — ${escapeHtml(kindLabel(ref, c.t))}`];
    for (const reason of r.reasons) lines.push(`✓ ${escapeHtml(say(c, reason))}`);
    for (const gap of r.gaps) lines.push(`⚠ ${escapeHtml(say(c, gap))}`);
    blocks.push(lines.join('\n'));
    buttons.push([
      { text: `${n}. ${c.t('invest-open-card')}`, action: { type: 'open', slug: r.slug } },
      { text: c.t('button-compare'), action: { type: 'compare', slug: r.slug } },
    ]);
  });
  const nav: Button[] = [];
  if (at > 1) nav.push({ text: c.t('invest-page-prev'), action: { type: 'fits', code, page: at - 1 } });
  if (at < pages) nav.push({ text: c.t('invest-page-next'), action: { type: 'fits', code, page: at + 1 } });
  if (nav.length > 0) buttons.push(nav);
  buttons.push([
    { text: c.t('invest-keep'), action: { type: 'fitsList', code } },
    { text: c.t('button-share'), share: `${START}${code}` },
  ]);
  buttons.push([{ text: c.t('button-menu'), action: { type: 'menu', item: 'main' } }]);
  return { text: blocks.join('\n\n'), buttons };
}

/** The whole shortlist in one message: the project, then each zone with a link to its card. */
export function shortlistMessage(c: Speaker, profile: Profile, ranked: Ranked[], bot: string): string {
  const { results, exact } = shortlist(ranked);
  const head = exact
    ? c.t('invest-results', { count: results.length })
    : c.t('invest-results-none', { count: results.length });
  const items = results.map((r, i) => {
    const ref = c.deps.refs.get(r.slug);
    const name = ref ? entityLabel(ref, c.lang) : r.slug;
    const kind = ref ? ` — ${escapeHtml(kindLabel(ref, c.t))}` : '';
    const line = `${i + 1}. <a href="https://t.me/${bot}?start=${r.slug}">${escapeHtml(name)}</a>${kind}`;
    return r.gaps.length > 0 ? `${line}\n⚠ ${escapeHtml(r.gaps.map((g) => say(c, g)).join('; '))}` : line;
  });
  const project = escapeHtml(projectSentence(c.t, c.lang, profile, placeName(c), false));
  const again = `<a href="https://t.me/${bot}?start=${START}${shortlistCode(profile)}">${escapeHtml(c.t('invest-open-again'))}</a>`;
  return [project, escapeHtml(head), items.join('\n'), again].join('\n\n');
}

const today = () => new Date().toISOString().slice(0, 10);
const profileOf = (ctx: BotContext, code: string) =>
  profileOfCode(code, (slug) => ctx.deps.refs.get(slug)?.kind === 'district');

export const shortlists = new Composer<BotContext>();

onAction(shortlists, 'fits', async (ctx) => {
  const profile = profileOf(ctx, ctx.action.code);
  await ctx.answerCallbackQuery();
  if (!profile) return;
  await show(ctx, renderShortlist(ctx, profile, rankFor(ctx.deps, profile, today(), ctx.lang), ctx.action.page));
});

onAction(shortlists, 'fitsList', async (ctx) => {
  const profile = profileOf(ctx, ctx.action.code);
  await ctx.answerCallbackQuery();
  if (!profile) return;
  const text = shortlistMessage(ctx, profile, rankFor(ctx.deps, profile, today(), ctx.lang), ctx.me.username);
  await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
});

// Share: "@bot fit-<code>" offers the shortlist as one message, with a button that opens it in the bot.
shortlists.inlineQuery(new RegExp(`^${START}(\\S+)$`), async (ctx) => {
  const code = ctx.match[1] ?? '';
  const profile = profileOf(ctx, code);
  if (!profile) return void (await ctx.answerInlineQuery([], { cache_time: 60, is_personal: true }));
  const ranked = rankFor(ctx.deps, profile, today(), ctx.lang);
  const { results } = shortlist(ranked);
  const text = shortlistMessage(ctx, profile, ranked, ctx.me.username);
  await ctx.answerInlineQuery(
    [
      {
        type: 'article',
        id: `${START}${code}`,
        title: ctx.t('invest-results', { count: results.length }),
        description: projectSentence(ctx.t, ctx.lang, profile, placeName(ctx), false),
        input_message_content: { message_text: text, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
        reply_markup: new InlineKeyboard().url(
          ctx.t('inline-open'),
          `https://t.me/${ctx.me.username}?start=${START}${code}`,
        ),
      },
    ],
    { cache_time: 60, is_personal: true },
  );
});

// The link of a shared shortlist opens it for whoever taps it: the project, then its first page.
shortlists.command('start', async (ctx, next) => {
  const payload = typeof ctx.match === 'string' ? ctx.match.trim() : '';
  const profile = payload.startsWith(START) ? profileOf(ctx, payload.slice(START.length)) : undefined;
  if (!profile) return next();
  await ctx.reply(projectSentence(ctx.t, ctx.lang, profile, placeName(ctx), false));
  await send(ctx, renderShortlist(ctx, profile, rankFor(ctx.deps, profile, today(), ctx.lang), 1));
});
