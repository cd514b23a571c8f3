// The guides: /invest, /parks, /apply, /myrequests and /cancel, the menu buttons that open them,
// and Apply under guide results and cards. Guides run in private chats only: they ask for contacts
// and answers that are nobody else's business.
import { createConversation } from '@grammyjs/conversations';
import { Composer } from 'grammy';
import { formatDate } from '../../../cards/format.ts';
import { escapeHtml, nameOf } from '../../../cards/render.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { mainMenu } from '../../menus.ts';
import { send } from '../../reply.ts';
import { apply } from './apply.ts';
import { invest } from './invest.ts';
import { parks } from './parks.ts';
import { shortlists } from './shortlist.ts';

export { GUIDE_VERSION } from './invest.ts';

const inGuide = (ctx: BotContext) => Object.keys(ctx.conversation.active()).length > 0;

/**
 * The way out of every guide, installed before all features: /cancel ends it; any other command
 * closes it and then does what it always does, so a guide never holds on to a user who went elsewhere.
 */
export const leaveGuides = new Composer<BotContext>();
leaveGuides.command('cancel', async (ctx) => {
  const active = inGuide(ctx);
  await ctx.conversation.exitAll();
  await send(ctx, mainMenu(ctx.t, ctx.t(active ? 'guide-cancelled' : 'guide-nothing-to-cancel')));
});
leaveGuides.on('message::bot_command', async (ctx, next) => {
  if (inGuide(ctx)) {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t('guide-left'));
  }
  return next();
});

/** Starts a guide, closing any other first: two at once would answer each other's questions. */
export async function enterGuide(ctx: BotContext, name: string, ...args: unknown[]): Promise<void> {
  await ctx.conversation.exitAll();
  // Wrong answers counted in an earlier guide do not count against this one.
  const session = await ctx.session;
  if (session.wrongAnswers) session.wrongAnswers = undefined;
  await ctx.conversation.enter(name, ...args);
}

export const guides = new Composer<BotContext>();
guides.use(
  createConversation(invest, 'invest'),
  createConversation(parks, 'parks'),
  createConversation(apply, 'apply'),
);
guides.use(shortlists);

const privateChats = guides.chatType('private');
privateChats.command('invest', (ctx) => enterGuide(ctx, 'invest'));
privateChats.command('parks', (ctx) => enterGuide(ctx, 'parks'));
privateChats.command('apply', (ctx) => enterGuide(ctx, 'apply', null, 'invest'));
privateChats.command('myrequests', (ctx) => myRequests(ctx, ctx.from.id));

async function myRequests(ctx: BotContext, userId: number): Promise<void> {
  const list = ctx.deps.repos.applications.ofUser(userId);
  if (list.length === 0) return void (await ctx.reply(ctx.t('requests-none')));
  const lines = list.map((a) => {
    const zone = a.zoneSlug ? ctx.deps.refs.get(a.zoneSlug) : undefined;
    const date = formatDate(a.updatedAt.slice(0, 10));
    // A new application not yet in the staff chat is only saved so far.
    const status =
      a.status === 'new' && a.staffMessageId === null
        ? ctx.t('request-status-saved')
        : ctx.t(`request-status-${a.status}`);
    return `• ${a.ref} — ${zone ? `${nameOf(zone, ctx.lang)} — ` : ''}${status} (${date})`;
  });
  await ctx.reply(escapeHtml([ctx.t('requests-title'), ...lines].join('\n')), { parse_mode: 'HTML' });
}

/** Buttons that open a guide or the requests: in a private chat only. */
const opening = new Composer<BotContext>();
guides.use(opening);
onAction(opening, ['menu', 'apply'], async (ctx, next) => {
  const { action } = ctx;
  const opens = action.type === 'apply' || ['invest', 'parks', 'requests'].includes(action.item);
  if (!opens) return next();
  if (ctx.chat?.type !== 'private') {
    return void (await ctx.answerCallbackQuery({ text: ctx.t('guide-private-only'), show_alert: true }));
  }
  if (action.type === 'apply') {
    if (!ctx.deps.refs.has(action.slug)) return next();
    await ctx.answerCallbackQuery();
    return enterGuide(ctx, 'apply', action.slug, action.slug === 'almaty-small-parks' ? 'park' : 'invest');
  }
  await ctx.answerCallbackQuery();
  if (action.item === 'requests') return myRequests(ctx, ctx.from.id);
  return enterGuide(ctx, action.item);
});
