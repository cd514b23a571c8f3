// A card as the user sees it: rendered in their language, dated today, with whom to contact and
// the follow button where they can follow.
import { contactsOf } from '../../../cards/contacts.ts';
import type { LineOptions } from '../../../cards/render.ts';
import { renderCard, topicOf, type Rendered } from '../../../cards/render.ts';
import type { EntityCard } from '../../../cards/types.ts';
import type { BotContext } from '../../context.ts';

/** Today's date: plans whose date has passed and figures of past years say so. */
export function today(): LineOptions {
  return { today: new Date().toISOString().slice(0, 10) };
}

/** The card of `slug`, or undefined when the store has no such entity. */
export function cardOf(ctx: BotContext, slug: string): Rendered | undefined {
  const card = ctx.deps.repos.cards.card(slug, ctx.deps.refs);
  return card && renderEntity(ctx, card);
}

export function renderEntity(ctx: BotContext, card: EntityCard): Rendered {
  return renderCard(card, ctx.lang, ctx.t, {
    ...today(),
    contacts: contactsOf(card, ctx.deps.contacts),
    following: following(ctx, card),
  });
}

/** Whether the user follows the card's topic; undefined where there is nobody to follow it (inline, groups). */
function following(ctx: BotContext, card: EntityCard): boolean | undefined {
  const topic = topicOf(card);
  if (!topic || !ctx.from || ctx.chat?.type !== 'private') return undefined;
  return ctx.deps.repos.subscriptions.topicsOf(ctx.from.id).includes(topic);
}
