// Greeting, deep links, the main menu, help and the language switch.
import { Composer } from 'grammy';
import { escapeHtml, type Rendered } from '../../../cards/render.ts';
import type { Translate } from '../../../cards/format.ts';
import { SLUG } from '../../../dataset/schema.ts';
import { onAction } from '../../buttons.ts';
import { ADMIN_COMMANDS, COMMANDS, STAFF_COMMANDS } from '../../commands.ts';
import type { BotContext } from '../../context.ts';
import { isAdmin, isStaff } from '../../middlewares/roles.ts';
import { mainMenu } from '../../menus.ts';
import { send, show } from '../../reply.ts';
import { cardOf } from '../catalogue/index.ts';

export const start = new Composer<BotContext>();

start.command('start', async (ctx) => {
  const payload = ctx.match.trim();
  if (payload) {
    // t.me/<bot>?start=<slug> opens that card: staff put such links in their posts.
    const card = SLUG.test(payload) ? cardOf(ctx, payload) : undefined;
    if (card) return send(ctx, card);
    await ctx.reply(ctx.t('start-link-unknown'));
  }
  const name = ctx.from?.first_name?.trim() || ctx.t('start-friend');
  const greeting = [ctx.t('start-greeting', { name }), ctx.t('start-about'), ctx.t('start-news')].join('\n');
  await send(ctx, mainMenu(ctx.t, greeting));
});

start.command('help', (ctx) => send(ctx, helpMessage(ctx)));
start.command('language', (ctx) => send(ctx, languageMenu(ctx.t)));
start.command('menu', (ctx) => send(ctx, mainMenu(ctx.t)));

/** What to type, then every command (from the same list as the command menu), staff's to staff only. */
function helpMessage(ctx: BotContext): Rendered {
  const line = (name: string) => `/${name} — ${ctx.t(`command-${name}`)}`;
  const lines = [ctx.t('help-text'), ctx.t('help-commands'), ...COMMANDS.map(line)];
  if (isStaff(ctx)) {
    const own = STAFF_COMMANDS.filter((name) => isAdmin(ctx) || !ADMIN_COMMANDS.includes(name));
    lines.push(ctx.t('help-staff-commands'), ...own.map(line));
  }
  lines.push(ctx.t('help-share', { bot: ctx.me.username }));
  return { text: escapeHtml(lines.join('\n')), buttons: mainMenu(ctx.t).buttons };
}

function languageMenu(t: Translate): Rendered {
  return {
    text: escapeHtml(t('language-choose')),
    buttons: [
      [
        { text: 'Қазақша', action: { type: 'lang', lang: 'kk' } },
        { text: 'Русский', action: { type: 'lang', lang: 'ru' } },
        { text: 'English', action: { type: 'lang', lang: 'en' } },
      ],
    ],
  };
}

onAction(start, 'lang', async (ctx) => {
  const { lang } = ctx.action;
  ctx.deps.repos.users.setLanguage(ctx.from.id, lang);
  ctx.i18n.useLocale(lang);
  ctx.lang = lang;
  await ctx.answerCallbackQuery({ text: ctx.t('language-set') });
  await show(ctx, mainMenu(ctx.t, ctx.t('language-set')));
});

// The other menu items belong to the features they open (catalogue, guides).
onAction(start, 'menu', async (ctx, next) => {
  const screen = menuScreen(ctx, ctx.action.item);
  if (screen === undefined) return next();
  await ctx.answerCallbackQuery();
  if (screen === 'search') await ctx.reply(ctx.t('search-prompt'));
  else await show(ctx, screen);
});

function menuScreen(ctx: BotContext, item: string): Rendered | 'search' | undefined {
  switch (item) {
    case 'main':
      return mainMenu(ctx.t);
    case 'help':
      return helpMessage(ctx);
    case 'language':
      return languageMenu(ctx.t);
    case 'search':
      return 'search';
    default:
      return undefined;
  }
}
