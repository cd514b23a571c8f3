// The error boundary around every update: logs each update (kind, duration, outcome), marks users
// who blocked the bot, and answers a failure with an apology instead of silence.
import { GrammyError, type Context, type MiddlewareFn } from 'grammy';
import type { I18n } from '@grammyjs/i18n';
import type { BotContext, BotDeps } from '../context.ts';
import { userLanguage } from '../i18n.ts';

export function errorBoundary(deps: BotDeps, i18n: I18n<BotContext>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    let outcome: 'ok' | 'error' = 'ok';
    ctx.deps = deps;
    try {
      await next();
    } catch (err) {
      outcome = 'error';
      // A 403 to a private chat: the user blocked the bot; broadcasts count them no more.
      if (err instanceof GrammyError && err.error_code === 403 && ctx.chat?.type === 'private') {
        deps.repos.users.markBlocked(ctx.chat.id);
        deps.logger.info({ update_id: ctx.update.update_id }, 'user blocked the bot');
        return;
      }
      const store = storeProblem(err);
      const message = store ? 'the store cannot be written' : 'update failed';
      deps.logger.error({ err, update_id: ctx.update.update_id, ...(store ? { store } : {}) }, message);
      // The failure may come before the user's saved language was read: Telegram's is the best guess then.
      await apologise(ctx, i18n.t(userLanguage(ctx), store ? 'error-store' : 'error-generic'));
    } finally {
      const ms = Math.round(performance.now() - started);
      const event = { updateId: ctx.update.update_id, kind: updateKind(ctx), ms, outcome };
      deps.logger.info({ update_id: event.updateId, kind: event.kind, ms, outcome }, 'update');
      deps.observe?.(event);
    }
  };
}

/** The SQLite code of a store that cannot take writes (read-only, full, locked), or undefined. */
export function storeProblem(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(READONLY|FULL|BUSY|LOCKED|IOERR|CANTOPEN)/.test(code) ? code : undefined;
}

async function apologise(ctx: BotContext, text: string): Promise<void> {
  // A pressed button may have been answered already; then the apology goes into the chat.
  if (ctx.callbackQuery && (await attempt(() => ctx.answerCallbackQuery({ text })))) return;
  if (ctx.chat?.type === 'private') await attempt(() => ctx.reply(text));
}

/** Runs a Bot API call whose failure is already logged elsewhere (the chat is gone, Telegram is down). */
async function attempt(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}

function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown';
}
