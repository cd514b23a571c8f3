// Cards and lists: opening an entity, its figures, history, companies and SEZ conditions, and the
// lists of zones and districts. Every button's data is checked; an old or forged one gets a polite answer.
import { FeatureComposer } from '../composer.ts';
import { decodeAction, type Action } from '../../cards/actions.ts';
import { renderCard, renderCompanies, renderFacts, renderHistory, renderSezConditions, topicOf, type Rendered } from '../../cards/render.ts';
import type { EntityCard } from '../../cards/types.ts';
import { topicsOf } from '../../store/subscriptions.ts';
import { cachedCard } from '../../store/cards.ts';
import { getOrAdd, memoByObject } from '../../memo.ts';
import type { BotContext } from '../context.ts';
import { entityList, listMembers, zoneKindsMenu } from '../menus.ts';
import { send, show } from '../reply.ts';

export const cards = new FeatureComposer<BotContext>();

/** A card rendered depends only on the card, the language and the follow button: rendered once for each. */
const renderedOf = memoByObject((_: EntityCard) => new Map<string, Rendered>());

function renderedCard(ctx: BotContext, card: EntityCard): Rendered {
  const follows = following(ctx, card);
  return getOrAdd(renderedOf(card), `${ctx.lang}:${follows}`, () => renderCard(card, ctx.lang, ctx.t, follows));
}

/** The card of `slug`, or undefined when the store has no such entity. */
export function cardOf(ctx: BotContext, slug: string): Rendered | undefined {
  const card = cachedCard(ctx.deps.store.db, slug, ctx.deps.refs);
  return card && renderedCard(ctx, card);
}

/** Whether the user follows the card's topic; undefined where there is nobody to follow it (inline, groups). */
function following(ctx: BotContext, card: EntityCard): boolean | undefined {
  const topic = topicOf(card);
  if (!topic || !ctx.from || ctx.chat?.type !== 'private') return undefined;
  return topicsOf(ctx.deps.store.db, ctx.from.id).includes(topic);
}

function render(ctx: BotContext, action: Action): Rendered | undefined {
  if (action.type === 'list') {
    const members = listMembers(action.kind, ctx.deps.refs.values());
    return members.length > 0 ? entityList(action.kind, action.page, members, ctx.lang, ctx.t) : undefined;
  }
  if (!('slug' in action)) return undefined;
  const card = cachedCard(ctx.deps.store.db, action.slug, ctx.deps.refs);
  if (!card) return undefined;
  switch (action.type) {
    case 'card':
      return renderedCard(ctx, card);
    case 'facts':
      return renderFacts(card, ctx.lang, ctx.t, action.page);
    case 'history':
      return renderHistory(card, ctx.lang, ctx.t);
    case 'companies':
      return renderCompanies(card, ctx.lang, ctx.t, action.page);
    case 'sez':
      return card.kind === 'zone' && card.subkind === 'sez' ? renderSezConditions(card, ctx.lang, ctx.t) : undefined;
  }
}

cards.on('callback_query:data', async (ctx, next) => {
  const action = decodeAction(ctx.callbackQuery.data);
  if (!action || action.type === 'menu' || action.type === 'lang') return next();
  const rendered = render(ctx, action);
  if (!rendered) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  await ctx.answerCallbackQuery();
  await show(ctx, rendered);
});

cards.command('zones', (ctx) => send(ctx, zoneKindsMenu(ctx.t, ctx.deps.refs.values())));
cards.command('districts', (ctx) => send(ctx, entityList('districts', 0, listMembers('districts', ctx.deps.refs.values()), ctx.lang, ctx.t)!));
