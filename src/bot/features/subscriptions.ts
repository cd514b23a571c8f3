// News and topics: everyone gets the general news until /unsubscribe; /subscribe turns it on and
// lists the topics to follow (SEZ news, SME parks, and the zones and districts followed from cards).
import { FeatureComposer } from '../composer.ts';
import { decodeAction } from '../../cards/actions.ts';
import { escapeHtml, nameOf, type Button, type Rendered } from '../../cards/render.ts';
import { setNews, toggleTopic, topicsOf } from '../../store/subscriptions.ts';
import type { BotContext } from '../context.ts';
import { send, show } from '../reply.ts';
import { cardOf } from './cards.ts';

const GENERAL_TOPICS = ['sez', 'parks'] as const;

export const subscriptionsFeature = new FeatureComposer<BotContext>();
const privateChats = subscriptionsFeature.chatType('private');

function topicsMenu(ctx: BotContext): Rendered {
  const followed = topicsOf(ctx.deps.store.db, ctx.from!.id);
  const rows: Button[][] = GENERAL_TOPICS.map((topic) => [
    { text: `${followed.includes(topic) ? '✅' : '◻️'} ${ctx.t(`topic-${topic}`)}`, action: { type: 'follow', topic } },
  ]);
  for (const topic of followed.filter((t) => t.includes(':'))) {
    const ref = ctx.deps.refs.get(topic.split(':')[1]!);
    if (ref) rows.push([{ text: `✅ ${nameOf(ref, ctx.lang)}`, action: { type: 'follow', topic } }]);
  }
  return { text: escapeHtml(ctx.t('subscribe-topics')), buttons: rows };
}

privateChats.command('subscribe', async (ctx) => {
  setNews(ctx.deps.store.db, ctx.from.id, true);
  await ctx.reply(ctx.t('subscribe-on'));
  await send(ctx, topicsMenu(ctx));
});

privateChats.command('unsubscribe', async (ctx) => {
  setNews(ctx.deps.store.db, ctx.from.id, false);
  await ctx.reply(ctx.t('subscribe-off'));
});

subscriptionsFeature.on('callback_query:data', async (ctx, next) => {
  const action = decodeAction(ctx.callbackQuery.data);
  if (action?.type !== 'follow') return next();
  const [kind, slug] = action.topic.split(':');
  if (ctx.chat?.type !== 'private' || (slug !== undefined && !ctx.deps.refs.has(slug))) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const now = toggleTopic(ctx.deps.store.db, ctx.from.id, action.topic);
  await ctx.answerCallbackQuery({ text: ctx.t(now ? 'follow-on' : 'follow-off') });
  // Pressed on a card: the card shows the new state; pressed in the topics list: the list does.
  const fromCard = slug !== undefined && (kind === 'zone' || kind === 'district') && ctx.callbackQuery.message?.text?.includes(nameOf(ctx.deps.refs.get(slug)!, ctx.lang));
  const card = fromCard ? cardOf(ctx, slug) : undefined;
  await show(ctx, card ?? topicsMenu(ctx));
});
