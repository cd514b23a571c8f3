// Inline mode: "@bot шелек" in any chat offers cards to share, each with a link that opens the bot.
import { InlineKeyboard } from 'grammy';
import { FeatureComposer } from '../composer.ts';
import type { InlineQueryResultArticle } from 'grammy/types';
import { kindLabel, nameOf } from '../../cards/render.ts';
import { search } from '../../search/engine.ts';
import type { BotContext } from '../context.ts';
import { MAX_QUERY } from './search.ts';
import { cardOf } from './cards.ts';

const MAX_RESULTS = 10;

export const inline = new FeatureComposer<BotContext>();

inline.on('inline_query', async (ctx) => {
  const query = ctx.inlineQuery.query.trim().slice(0, MAX_QUERY);
  // A card's Share button puts its slug here: that card comes first. An empty query lists zones.
  const found = query
    ? search(ctx.deps.index, query, { limit: MAX_RESULTS }).map((r) => r.slug)
    : [...ctx.deps.refs.values()].filter((r) => r.kind === 'zone').map((r) => r.slug);
  const slugs = [...new Set([...(ctx.deps.refs.has(query) ? [query] : []), ...found])].slice(0, MAX_RESULTS);
  const results: InlineQueryResultArticle[] = [];
  for (const slug of slugs) {
    const ref = ctx.deps.refs.get(slug);
    const card = cardOf(ctx, slug);
    if (!ref || !card) continue;
    results.push({
      type: 'article',
      id: slug,
      title: nameOf(ref, ctx.lang),
      description: kindLabel(ref, ctx.t),
      input_message_content: { message_text: card.text, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
      reply_markup: new InlineKeyboard().url(ctx.t('inline-open'), `https://t.me/${ctx.me.username}?start=${slug}`),
    });
  }
  await ctx.answerInlineQuery(results, { cache_time: 60, is_personal: true });
});
