// A card as the user sees it: rendered in their language, with the follow button where they can follow.
import { renderCard, topicOf, type Rendered } from '../../../cards/render.ts';
import type { EntityCard } from '../../../cards/types.ts';
import type { BotContext } from '../../context.ts';

/**
 * Each card rendered once per language and follow state, and forgotten with the card (a new
 * catalogue after a data change has new cards). Rendering is a few dozen translations, each
 * negotiated by the i18n plugin: per answer it was a third of a search (npm run bench).
 */
const rendered = new WeakMap<EntityCard, Map<string, Rendered>>();

/** The card of `slug`, or undefined when the store has no such entity. */
export function cardOf(ctx: BotContext, slug: string): Rendered | undefined {
  const card = ctx.deps.card(slug);
  if (!card) return undefined;
  const follows = following(ctx, card);
  let views = rendered.get(card);
  if (!views) rendered.set(card, (views = new Map()));
  const key = `${ctx.lang}:${follows}`;
  let view = views.get(key);
  if (!view) views.set(key, (view = renderCard(card, ctx.lang, ctx.t, follows)));
  return view;
}

/** Whether the user follows the card's topic; undefined where there is nobody to follow it (inline, groups). */
function following(ctx: BotContext, card: EntityCard): boolean | undefined {
  const topic = topicOf(card);
  if (!topic || !ctx.from || ctx.chat?.type !== 'private') return undefined;
  return ctx.deps.repos.subscriptions.topicsOf(ctx.from.id).includes(topic);
}
