// Greeting, deep links, the main menu, help and the language switch.
import { FeatureComposer } from '../composer.ts';
import { decodeAction } from '../../cards/actions.ts';
import { escapeHtml } from '../../cards/render.ts';
import { SLUG } from '../../dataset/schema.ts';
import { setLanguage } from '../../store/users.ts';
import type { BotContext } from '../context.ts';
import { languageMenu, mainMenu, zoneKindsMenu } from '../menus.ts';
import { send, show } from '../reply.ts';
import { cardOf } from './cards.ts';

export const start = new FeatureComposer<BotContext>();

start.command('start', async (ctx) => {
  const payload = ctx.match.trim();
  if (payload) {
    // t.me/<bot>?start=<slug> opens that card: staff put such links in their posts.
    const card = SLUG.test(payload) ? cardOf(ctx, payload) : undefined;
    if (card) return send(ctx, card);
    await ctx.reply(ctx.t('start-link-unknown'));
  }
  await send(ctx, mainMenu(ctx.t, `${ctx.t('start-greeting', { name: ctx.from?.first_name?.trim() || ctx.t('start-friend') })}\n${ctx.t('start-about')}\n${ctx.t('start-news')}`));
});

start.command('help', (ctx) => send(ctx, helpMessage(ctx)));
start.command('language', (ctx) => send(ctx, languageMenu(ctx.t)));
start.command('menu', (ctx) => send(ctx, mainMenu(ctx.t)));

function helpMessage(ctx: BotContext) {
  const menu = mainMenu(ctx.t);
  return { text: escapeHtml(ctx.t('help-text', { bot: ctx.me.username })), buttons: menu.buttons };
}

start.on('callback_query:data', async (ctx, next) => {
  const action = decodeAction(ctx.callbackQuery.data);
  if (action?.type === 'lang') {
    if (ctx.from) setLanguage(ctx.deps.store.db, ctx.from.id, action.lang);
    ctx.i18n.useLocale(action.lang);
    ctx.lang = action.lang;
    await ctx.answerCallbackQuery({ text: ctx.t('language-set') });
    return show(ctx, mainMenu(ctx.t, ctx.t('language-set')));
  }
  // The guides' own feature opens the guides and the requests.
  if (action?.type !== 'menu' || action.item === 'invest' || action.item === 'parks' || action.item === 'requests') return next();
  await ctx.answerCallbackQuery();
  switch (action.item) {
    case 'main':
      return show(ctx, mainMenu(ctx.t));
    case 'zones':
      return show(ctx, zoneKindsMenu(ctx.t, ctx.deps.refs.values()));
    case 'search':
      return ctx.reply(ctx.t('search-prompt'));
    case 'help':
      return show(ctx, helpMessage(ctx));
    case 'language':
      return show(ctx, languageMenu(ctx.t));
  }
});
