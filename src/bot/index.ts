// createBot: the Bot from its parts, with no I/O at import time. Order matters: the error boundary
// first, the rate limit before sequentialize, the user and i18n before the features, the catch-all last.
import { commands } from '@grammyjs/commands';
import type { I18n } from '@grammyjs/i18n';
import { sequentialize } from '@grammyjs/runner';
import { Bot, lazySession, type Context } from 'grammy';
import { sessionStorage } from '../store/storage.ts';
import { clientOptions, dropEmptyRows, interactiveRetry } from './api.ts';
import { COMMANDS, commandMenu, STAFF_COMMANDS } from './commands.ts';
import type { BotContext, BotDeps, SessionData } from './context.ts';
import { catalogue } from './features/catalogue/index.ts';
import { compare } from './features/compare/index.ts';
import { GUIDE_VERSION, guides, leaveGuides } from './features/guides/index.ts';
import { staff } from './features/staff/index.ts';
import { start } from './features/start/index.ts';
import { subscriptions } from './features/subscriptions/index.ts';
import { unhandled } from './features/unhandled/index.ts';
import { errorBoundary } from './middlewares/boundary.ts';
import { guideConversations } from './middlewares/conversations.ts';
import { followDataChanges } from './middlewares/dataChanges.ts';
import { userRateLimit, type UserRate } from './middlewares/rateLimit.ts';
import { sanitize } from './middlewares/sanitize.ts';
import { recordUser, userLang } from './middlewares/user.ts';

export interface BotOptions {
  token: string;
  deps: BotDeps;
  i18n: I18n<BotContext>;
  /** The version of the guides' code; saved guides of another version are restarted politely. */
  guideVersion?: string;
  /** Updates one user may send within `windowMs`; past it they are dropped with one "slow down". */
  userRate?: UserRate;
  /** BOT_API_ROOT: a Bot API server to talk to instead of Telegram's. */
  apiRoot?: string;
}

/** One chat's updates are handled one after another; different chats in parallel. */
export function sessionKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

export function createBot(options: BotOptions): Bot<BotContext> {
  const { token, deps, apiRoot, i18n, guideVersion = GUIDE_VERSION, userRate = { limit: 8, windowMs: 2000 } } = options;
  const bot = new Bot<BotContext>(token, { client: clientOptions(apiRoot) });
  bot.api.config.use(interactiveRetry(), dropEmptyRows);

  bot.use(errorBoundary(deps, i18n));
  bot.use(userRateLimit(deps, userRate));
  bot.use(sequentialize(sessionKey));
  bot.use(sanitize, recordUser, followDataChanges(deps));
  const storage = sessionStorage<SessionData>(deps.store.db, (err) =>
    deps.logger.warn({ err }, 'could not save a session'),
  );
  bot.use(lazySession({ initial: (): SessionData => ({}), storage, getSessionKey: sessionKey }));
  bot.use(i18n, userLang, commands());
  bot.use(guideConversations(deps, i18n, guideVersion));
  // Staff's tools before the guides (a data file a staff member sends is an import, even in the
  // middle of a guide), the guides before the catalogue, which takes every other text as a search.
  bot.use(leaveGuides, staff, guides, catalogue, start, subscriptions, compare);
  bot.use(
    unhandled(commandMenu(deps.translate, COMMANDS), commandMenu(deps.translate, [...COMMANDS, ...STAFF_COMMANDS])),
  );
  // Last resort, should an error escape the boundary above (it logs and answers already).
  bot.catch((err) => deps.logger.error({ err: err.error, update_id: err.ctx.update.update_id }, 'unhandled bot error'));
  return bot;
}
