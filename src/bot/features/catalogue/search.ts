// Free text is a search: one clear hit opens its card, several close ones are offered as buttons,
// nothing gets a helpful answer and is logged for staff as an unanswered query.
import { contactsOf } from '../../../cards/contacts.ts';
import { renderFigure } from '../../../cards/figure.ts';
import { renderList } from '../../../cards/list.ts';
import { renderTopic } from '../../../cards/topic.ts';
import { escapeHtml, nameOf } from '../../../cards/render.ts';
import { search } from '../../../search/engine.ts';
import type { Unmet } from '../../../store/unanswered.ts';
import { measuresNamed, understand, type SmallTalk, type Understanding } from '../../../understand/question.ts';
import type { BotContext } from '../../context.ts';
import { mainMenu } from '../../menus.ts';
import { candidates } from './lists.ts';
import { send } from '../../reply.ts';
import { cardOf } from './cards.ts';
import { enterGuide } from '../guides/index.ts';
import { answerCompare } from '../compare/index.ts';

/** The first `max` characters, never half of an emoji. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** Longer than this is a letter, not a search. */
export const MAX_QUERY = 300;
/** How far ahead the best result must be to open it straight away. */
const CLEAR_LEAD = 0.05;
const MAX_CANDIDATES = 6;
const TALK: Record<SmallTalk, string> = {
  hello: 'talk-hello',
  thanks: 'talk-thanks',
  who: 'talk-who',
  bye: 'talk-bye',
};

export async function answerQuery(ctx: BotContext, text: string): Promise<void> {
  // Direction marks and zero-width characters would turn the echoed query (and the reply) around.
  const query = text.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
  if (query.length > MAX_QUERY) {
    await ctx.reply(ctx.t('search-too-long', { max: MAX_QUERY }));
    return;
  }
  // Nothing to look for (punctuation, emoji): ask for a name rather than report a miss.
  if (!/[\p{L}\p{N}]/u.test(query)) {
    await ctx.reply(ctx.t('search-prompt'));
    return;
  }
  const understood = understand(ctx.deps, query);
  // Small talk is answered in kind, and is not a search.
  if (understood.kind === 'smalltalk') return send(ctx, mainMenu(ctx.t, ctx.t(TALK[understood.talk])));
  if (understood.kind === 'compare') return answerCompare(ctx, understood.slugs);
  if (understood.kind === 'figure') return answerFigure(ctx, query, understood);
  if (understood.kind === 'list') return answerList(ctx, query, understood);
  // Out of scope: said honestly, never with someone else's card; logged for staff all the same.
  if (understood.kind === 'outside') {
    countSearch(ctx, query, { asked: 'outside', measure: measuresNamed(query)[0] });
    return send(ctx, mainMenu(ctx.t, ctx.t('search-outside')));
  }
  // A need starts its guide with what the message said (guides run in private chats only).
  if (understood.kind === 'need' && ctx.chat?.type === 'private') {
    countSearch(ctx, query);
    // What the message also asks («…будут ли льготы?») is answered first, then the guide goes on.
    const asked = understood.topic && ctx.deps.topics.bySlug.get(understood.topic);
    if (asked) await send(ctx, renderTopic(asked, ctx.lang, ctx.t));
    return enterGuide(ctx, understood.need.guide, understood.need);
  }
  const topic = understood.kind === 'topic' && ctx.deps.topics.bySlug.get(understood.slug);
  if (topic) {
    countSearch(ctx, query);
    return send(ctx, renderTopic(topic, ctx.lang, ctx.t));
  }
  const results = search(ctx.deps.index, query, { limit: MAX_CANDIDATES });
  const [best, second] = results;
  countSearch(ctx, query, best ? undefined : { asked: 'nothing', measure: measuresNamed(query)[0] });
  if (!best) {
    await send(ctx, mainMenu(ctx.t, ctx.t('search-nothing', { query: clip(query, 100) })));
    return;
  }
  if (!second || best.score - second.score >= CLEAR_LEAD) {
    const card = cardOf(ctx, best.slug);
    if (card) return send(ctx, card);
  }
  const refs = results.map((r) => ctx.deps.refs.get(r.slug)).filter((r) => r !== undefined);
  await send(ctx, candidates(refs, ctx.lang, ctx.t));
}

/** The figures asked of an entity; when the sources have none of them, says so and shows its card. */
async function answerFigure(
  ctx: BotContext,
  query: string,
  { slug, metrics, noData, year, facts }: Extract<Understanding, { kind: 'figure' }>,
) {
  const card = ctx.deps.repos.cards.card(slug, ctx.deps.refs);
  if (!card) return;
  const figure = renderFigure(card, facts, year, ctx.lang, ctx.t, contactsOf(card, ctx.deps.contacts));
  // A figure the sources do not give is what staff need to see asked.
  countSearch(
    ctx,
    query,
    figure ? undefined : { asked: 'figure', entity: slug, measure: noData ? 'unsourced' : metrics[0] },
  );
  if (figure) return send(ctx, figure);
  // A measure the sources never give (wages, prices): said plainly, the card a tap away.
  if (noData)
    return send(ctx, {
      text: escapeHtml(ctx.t('figure-no-data', { name: nameOf(card, ctx.lang) })),
      buttons: [[{ text: ctx.t('button-full-card'), action: { type: 'card', slug } }]],
    });
  const name = nameOf(card, ctx.lang);
  await ctx.reply(
    metrics[0]
      ? ctx.t('figure-missing', { name, measure: ctx.t(`metric-${metrics[0]}`) })
      : ctx.t('figure-unknown', { name }),
  );
  const whole = cardOf(ctx, slug);
  if (whole) await send(ctx, whole);
}

/** The entities a question asks for, each with the figure that shows why. */
async function answerList(
  ctx: BotContext,
  query: string,
  { of, places, members }: Extract<Understanding, { kind: 'list' }>,
) {
  countSearch(ctx, query);
  const cards = members.flatMap(({ slug, fact }) => {
    const card = ctx.deps.repos.cards.card(slug, ctx.deps.refs);
    return card ? [{ card, fact }] : [];
  });
  const where = places.map((slug) => ctx.deps.refs.get(slug)).filter((r) => r !== undefined);
  await send(ctx, renderList(of, where, cards, ctx.lang, ctx.t));
}

/** Counts a search, and logs a question that got no answer for staff, with what it was understood to ask. */
function countSearch(ctx: BotContext, query: string, unmet?: Unmet): void {
  try {
    ctx.deps.repos.searches.countSearch(unmet === undefined);
    if (unmet) ctx.deps.repos.searches.logUnanswered(query, clip(query, 200), ctx.lang, unmet);
  } catch (err) {
    // Statistics are not worth an answer: a store that cannot be written skips them.
    ctx.deps.logger.warn({ err }, 'could not count a search');
  }
}
