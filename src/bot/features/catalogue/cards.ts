// A card as the user sees it: rendered in their language, with the follow button where they can follow.
import { renderCard, topicOf, type Rendered } from '../../../cards/render.ts';
import type { EntityCard } from '../../../cards/types.ts';
import type { BotContext } from '../../context.ts';

/** The card of `slug`, or undefined when the store has no such entity. */
export function cardOf(ctx: BotContext, slug: string): Rendered | undefined {
  const card = ctx.deps.repos.cards.card(slug, ctx.deps.refs);
  return card && renderCard(card, ctx.lang, ctx.t, following(ctx, card));
}

/** Whether the user follows the card's topic; undefined where there is nobody to follow it (inline, groups). */
function following(ctx: BotContext, card: EntityCard): boolean | undefined {
  const topic = topicOf(card);
  if (!topic || !ctx.from || ctx.chat?.type !== 'private') return undefined;
  return ctx.deps.repos.subscriptions.topicsOf(ctx.from.id).includes(topic);
}
