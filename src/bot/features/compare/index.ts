// Compare: zones collected from cards and guide results (up to three), shown side by side.
import { Composer } from 'grammy';
import { renderComparison } from '../../../cards/compare.ts';
import { escapeHtml, nameOf, type Button } from '../../../cards/render.ts';
import type { EntityCard } from '../../../cards/types.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { send, show } from '../../reply.ts';

const MAX_COMPARE = 3;

export const compare = new Composer<BotContext>();

onAction(compare, 'compare', async (ctx, next) => {
  const { slug } = ctx.action;
  const ref = ctx.deps.refs.get(slug);
  if (!ref || ref.kind !== 'zone') return next();
  const session = await ctx.session;
  const list = session.compare ?? [];
  const removing = list.includes(slug);
  if (!removing && list.length >= MAX_COMPARE) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t('compare-full', { max: MAX_COMPARE }) }));
  }
  session.compare = removing ? list.filter((s) => s !== slug) : [...list, slug];
  const name = nameOf(ref, ctx.lang);
  await ctx.answerCallbackQuery({ text: ctx.t(removing ? 'compare-removed' : 'compare-added', { name }) });
  const names = session.compare
    .map((s) => ctx.deps.refs.get(s))
    .filter((r) => r !== undefined)
    .map((r) => nameOf(r, ctx.lang));
  if (names.length === 0) return;
  const buttons: Button[][] = [[{ text: ctx.t('compare-clear'), action: { type: 'compareClear' } }]];
  if (names.length > 1)
    buttons.unshift([{ text: ctx.t('compare-now', { count: names.length }), action: { type: 'compareShow' } }]);
  await send(ctx, { text: escapeHtml(ctx.t('compare-list', { names: names.join(', ') })), buttons });
});

onAction(compare, 'compareShow', async (ctx) => {
  const cards = ((await ctx.session).compare ?? [])
    .map((slug) => ctx.deps.repos.cards.card(slug, ctx.deps.refs))
    .filter((c): c is EntityCard => c !== undefined);
  if (cards.length < 2) return void (await ctx.answerCallbackQuery({ text: ctx.t('compare-need-two') }));
  await ctx.answerCallbackQuery();
  await show(ctx, renderComparison(cards, ctx.lang, ctx.t));
});

onAction(compare, 'compareClear', async (ctx) => {
  (await ctx.session).compare = [];
  await ctx.answerCallbackQuery({ text: ctx.t('compare-cleared') });
});
