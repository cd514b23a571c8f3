// The catalogue: searching by name, cards with their figures, history, companies and SEZ
// conditions, the lists of zones and districts, and inline mode. Every button's data is checked;
// an old or forged one gets a polite answer.
import { Composer, InlineKeyboard } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Action } from '../../../cards/actions.ts';
import { renderTopic } from '../../../cards/topic.ts';
import {
  CONDITIONS_TOPIC,
  kindLabel,
  nameOf,
  renderFacts,
  renderMembers,
  renderHistory,
  renderSezConditions,
  type Button,
  type Rendered,
} from '../../../cards/render.ts';
import { search } from '../../../search/engine.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { mainMenu } from '../../menus.ts';
import { send, show } from '../../reply.ts';
import { cardOf, today } from './cards.ts';
import { entityList, listMembers, zoneKindsMenu } from './lists.ts';
import { answerQuery, MAX_QUERY } from './search.ts';

export { cardOf } from './cards.ts';

export const catalogue = new Composer<BotContext>();

type CardAction = Extract<
  Action,
  { type: 'card' | 'facts' | 'history' | 'companies' | 'zones' | 'sez' | 'conditions' | 'list' }
>;

function render(ctx: BotContext, action: CardAction): Rendered | undefined {
  if (action.type === 'list') {
    const members = listMembers(action.kind, ctx.deps.refs.values());
    return members.length > 0 ? entityList(action.kind, action.page, members, ctx.lang, ctx.t) : undefined;
  }
  if (action.type === 'card') return cardOf(ctx, action.slug);
  const card = ctx.deps.repos.cards.card(action.slug, ctx.deps.refs);
  if (!card) return undefined;
  switch (action.type) {
    case 'facts':
      return renderFacts(card, ctx.lang, ctx.t, action.page, today());
    case 'history':
      return renderHistory(card, ctx.lang, ctx.t, today());
    case 'companies':
    case 'zones':
      return renderMembers(card, action.type, ctx.lang, ctx.t, action.page);
    case 'sez':
      return card.kind === 'zone' && card.subkind === 'sez' ? renderSezConditions(card, ctx.lang, ctx.t) : undefined;
    case 'conditions': {
      const topic = card.kind === 'zone' ? ctx.deps.topics.bySlug.get(CONDITIONS_TOPIC[card.subkind] ?? '') : undefined;
      if (!topic) return undefined;
      const rendered = renderTopic(topic, ctx.lang, ctx.t);
      const back: Button = { text: ctx.t('button-back-to-card'), action: { type: 'card', slug: card.slug } };
      return { ...rendered, buttons: [[back], ...rendered.buttons] };
    }
  }
}

onAction(catalogue, ['card', 'facts', 'history', 'companies', 'zones', 'sez', 'conditions', 'list'], async (ctx) => {
  const rendered = render(ctx, ctx.action);
  if (!rendered) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  await ctx.answerCallbackQuery();
  await show(ctx, rendered);
});

// A card from a guide's answer comes below it: the shortlist or the advice stays where it was.
onAction(catalogue, 'open', async (ctx) => {
  const card = cardOf(ctx, ctx.action.slug);
  if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  await ctx.answerCallbackQuery();
  await send(ctx, card);
});

onAction(catalogue, 'menu', async (ctx, next) => {
  if (ctx.action.item !== 'zones') return next();
  await ctx.answerCallbackQuery();
  await show(ctx, zoneKindsMenu(ctx.t, ctx.deps.refs.values()));
});

catalogue.command('zones', (ctx) => send(ctx, zoneKindsMenu(ctx.t, ctx.deps.refs.values())));
catalogue.command('districts', (ctx) => {
  const members = listMembers('districts', ctx.deps.refs.values());
  return send(ctx, entityList('districts', 0, members, ctx.lang, ctx.t)!);
});

// Free text in a private chat is a search.
catalogue.chatType('private').on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  await answerQuery(ctx, ctx.message.text);
});

// In groups the bot speaks only when spoken to: a mention of it, or a reply to one of its messages.
catalogue.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  const mention = new RegExp(`(^|\\s)@${ctx.me.username}(?![\\w.@])`, 'i');
  const repliedToBot = ctx.message.reply_to_message?.from?.id === ctx.me.id;
  if (text.startsWith('/') || !(mention.test(text) || repliedToBot)) return next();
  const query = text.replace(mention, ' ').trim();
  if (!query) return send(ctx, mainMenu(ctx.t));
  await answerQuery(ctx, query);
});

const MAX_INLINE_RESULTS = 10;

// Inline mode: "@bot шелек" in any chat offers cards to share, each with a link that opens the bot.
catalogue.on('inline_query', async (ctx) => {
  const query = ctx.inlineQuery.query.trim().slice(0, MAX_QUERY);
  // A card's Share button puts its slug here: that card comes first. An empty query lists zones.
  const found = query
    ? search(ctx.deps.index, query, { limit: MAX_INLINE_RESULTS }).map((r) => r.slug)
    : [...ctx.deps.refs.values()].filter((r) => r.kind === 'zone').map((r) => r.slug);
  const slugs = [...new Set([...(ctx.deps.refs.has(query) ? [query] : []), ...found])].slice(0, MAX_INLINE_RESULTS);
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
      input_message_content: {
        message_text: card.text,
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
      },
      reply_markup: new InlineKeyboard().url(ctx.t('inline-open'), `https://t.me/${ctx.me.username}?start=${slug}`),
    });
  }
  await ctx.answerInlineQuery(results, { cache_time: 60, is_personal: true });
});
