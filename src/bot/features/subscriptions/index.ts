// News and topics: everyone gets the general news until /unsubscribe; /subscribe turns it on and
// lists the topics to follow (SEZ news, SME parks, and the zones and districts followed from cards).
import { Composer } from 'grammy';
import { escapeHtml, nameOf, type Button, type Rendered } from '../../../cards/render.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { send, show } from '../../reply.ts';
import { cardOf } from '../catalogue/index.ts';

const GENERAL_TOPICS = ['sez', 'parks'] as const;

export const subscriptions = new Composer<BotContext>();
const privateChats = subscriptions.chatType('private');

function topicsMenu(ctx: BotContext, userId: number): Rendered {
  const followed = ctx.deps.repos.subscriptions.topicsOf(userId);
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
  ctx.deps.repos.users.setNews(ctx.from.id, true);
  await ctx.reply(ctx.t('subscribe-on'));
  await send(ctx, topicsMenu(ctx, ctx.from.id));
});

privateChats.command('unsubscribe', async (ctx) => {
  ctx.deps.repos.users.setNews(ctx.from.id, false);
  await ctx.reply(ctx.t('subscribe-off'));
});

onAction(subscriptions, 'follow', async (ctx) => {
  const { topic } = ctx.action;
  const [kind, slug] = topic.split(':');
  if (ctx.chat?.type !== 'private' || (slug !== undefined && !ctx.deps.refs.has(slug))) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  }
  const now = ctx.deps.repos.subscriptions.toggle(ctx.from.id, topic);
  await ctx.answerCallbackQuery({ text: ctx.t(now ? 'follow-on' : 'follow-off') });
  // Pressed on a card: the card shows the new state; pressed in the topics list: the list does.
  const onCard =
    slug !== undefined &&
    (kind === 'zone' || kind === 'district') &&
    ctx.callbackQuery.message?.text?.includes(nameOf(ctx.deps.refs.get(slug)!, ctx.lang));
  const card = onCard ? cardOf(ctx, slug) : undefined;
  await show(ctx, card ?? topicsMenu(ctx, ctx.from.id));
});
