// Who is writing: their row in the store (created on first sight), and the language to answer in.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.ts';
import { userLanguage } from '../i18n.ts';
import { storeProblem } from './boundary.ts';

export const recordUser: MiddlewareFn<BotContext> = (ctx, next) => {
  // A store that cannot be written (read-only, disk full) still serves searches and cards.
  try {
    const inPrivate = ctx.chat?.type === 'private';
    ctx.user = ctx.from && !ctx.from.is_bot ? ctx.deps.repos.users.touch(ctx.from, new Date(), inPrivate) : undefined;
  } catch (err) {
    ctx.deps.logger.warn({ err: storeProblem(err) }, 'could not record the user');
    ctx.user = undefined;
  }
  return next();
};

/** After i18n: the language the bot speaks to this user, for handlers and the guides. */
export const userLang: MiddlewareFn<BotContext> = (ctx, next) => {
  ctx.lang = userLanguage(ctx);
  return next();
};
