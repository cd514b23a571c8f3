// The guides' doors: /invest, /parks, /apply, /myrequests and /cancel, the menu buttons that open
// them, and the buttons under guide results — compare and apply.
import { createConversation } from '@grammyjs/conversations';
import { FeatureComposer } from '../composer.ts';
import { decodeAction } from '../../cards/actions.ts';
import { renderComparison } from '../../cards/compare.ts';
import { formatDate } from '../../cards/format.ts';
import { escapeHtml, nameOf } from '../../cards/render.ts';
import { applicationsOf } from '../../store/applications.ts';
import { cachedCard } from '../../store/cards.ts';
import type { BotContext } from '../context.ts';
import { mainMenu } from '../menus.ts';
import { send, show } from '../reply.ts';
import { guide } from '../guideGate.ts';
import { apply } from '../conversations/apply.ts';
import { invest } from '../conversations/invest.ts';
import { parks } from '../conversations/parks.ts';

type Ctx = BotContext;
const MAX_COMPARE = 3;

const inGuide = (ctx: Ctx) => Object.keys(ctx.conversation.active()).length > 0;

/**
 * The way out of every guide, installed before them: /cancel ends it; any other command closes it
 * and then does what it always does, so a guide never holds on to a user who went elsewhere.
 */
export const leave = new FeatureComposer<Ctx>();
leave.command('cancel', async (ctx) => {
  const active = inGuide(ctx);
  await ctx.conversation.exitAll();
  await send(ctx, { ...mainMenu(ctx.t), text: escapeHtml(ctx.t(active ? 'guide-cancelled' : 'guide-nothing-to-cancel')) });
});
leave.on('message::bot_command', async (ctx, next) => {
  if (inGuide(ctx)) {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t('guide-left'));
  }
  return next();
});

/** Starts a guide, closing any other first: two at once would answer each other's questions. */
async function enter(ctx: Ctx, name: 'invest' | 'parks' | 'apply', ...args: unknown[]): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(name, ...args);
}

export const guides = new FeatureComposer<Ctx>();
guides.use(guide(createConversation(invest, 'invest')));
guides.use(guide(createConversation(parks, 'parks')));
guides.use(guide(createConversation(apply, 'apply')));

const privateChats = guides.chatType('private');
privateChats.command('invest', (ctx) => enter(ctx, 'invest'));
privateChats.command('parks', (ctx) => enter(ctx, 'parks'));
privateChats.command('apply', (ctx) => enter(ctx, 'apply', null, 'invest'));
privateChats.command('myrequests', (ctx) => myRequests(ctx));

async function myRequests(ctx: Ctx): Promise<void> {
  const list = ctx.from ? applicationsOf(ctx.deps.store.db, ctx.from.id) : [];
  if (list.length === 0) {
    await ctx.reply(ctx.t('requests-none'));
    return;
  }
  const lines = list.map((a) => {
    const zone = a.zoneSlug ? ctx.deps.refs.get(a.zoneSlug) : undefined;
    return `• ${a.ref} — ${zone ? `${nameOf(zone, ctx.lang)} — ` : ''}${ctx.t(`request-status-${a.status}`)} (${formatDate(a.updatedAt.slice(0, 10))})`;
  });
  await ctx.reply(escapeHtml([ctx.t('requests-title'), ...lines].join('\n')), { parse_mode: 'HTML' });
}

guides.on('callback_query:data', async (ctx, next) => {
  const action = decodeAction(ctx.callbackQuery.data);
  if (!action) return next();
  const opensGuide = action.type === 'apply' || (action.type === 'menu' && (action.item === 'invest' || action.item === 'parks' || action.item === 'requests'));
  // Guides ask for contacts and answers that are nobody else's business: only in a private chat.
  if (opensGuide && ctx.chat?.type !== 'private') {
    await ctx.answerCallbackQuery({ text: ctx.t('guide-private-only'), show_alert: true });
    return;
  }
  switch (action.type) {
    case 'menu':
      if (action.item === 'invest' || action.item === 'parks') {
        await ctx.answerCallbackQuery();
        return enter(ctx, action.item);
      }
      if (action.item === 'requests') {
        await ctx.answerCallbackQuery();
        return myRequests(ctx);
      }
      return next();
    case 'apply': {
      if (!ctx.deps.refs.has(action.slug)) return next();
      await ctx.answerCallbackQuery();
      return enter(ctx, 'apply', action.slug, action.slug === 'almaty-small-parks' ? 'park' : 'invest');
    }
    case 'compare': {
      const ref = ctx.deps.refs.get(action.slug);
      if (!ref || ref.kind !== 'zone') return next();
      const session = await ctx.session;
      const list = session.compare ?? [];
      const removing = list.includes(action.slug);
      if (!removing && list.length >= MAX_COMPARE) {
        await ctx.answerCallbackQuery({ text: ctx.t('compare-full', { max: MAX_COMPARE }) });
        return;
      }
      session.compare = removing ? list.filter((s) => s !== action.slug) : [...list, action.slug];
      await ctx.answerCallbackQuery({ text: ctx.t(removing ? 'compare-removed' : 'compare-added', { name: nameOf(ref, ctx.lang) }) });
      const names = session.compare.map((s) => ctx.deps.refs.get(s)).filter((r) => r !== undefined).map((r) => nameOf(r, ctx.lang));
      if (names.length === 0) return;
      const buttons = [[{ text: ctx.t('compare-now', { count: names.length }), action: { type: 'compareShow' as const } }], [{ text: ctx.t('compare-clear'), action: { type: 'compareClear' as const } }]];
      return send(ctx, { text: escapeHtml(ctx.t('compare-list', { names: names.join(', ') })), buttons: names.length > 1 ? buttons : buttons.slice(1) });
    }
    case 'compareShow': {
      const cards = ((await ctx.session).compare ?? []).map((s) => cachedCard(ctx.deps.store.db, s, ctx.deps.refs)).filter((c) => c !== undefined);
      if (cards.length < 2) {
        await ctx.answerCallbackQuery({ text: ctx.t('compare-need-two') });
        return;
      }
      await ctx.answerCallbackQuery();
      return show(ctx, renderComparison(cards, ctx.lang, ctx.t));
    }
    case 'compareClear':
      (await ctx.session).compare = [];
      await ctx.answerCallbackQuery({ text: ctx.t('compare-cleared') });
      return;
    default:
      return next();
  }
});
