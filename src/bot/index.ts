// createBot: the Bot from its parts, with no I/O at import time. Order matters: sequentialize
// before the session, the user and i18n before the features, the catch-all last.
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { limit } from '@grammyjs/ratelimiter';
import { Bot, GrammyError, HttpError, lazySession, type Context, type Middleware, type Transformer } from 'grammy';
import { sessionStorage } from '../store/sessions.ts';
import { markUserBlocked, touchUser } from '../store/users.ts';
import { keepWithin } from '../memo.ts';
import { dropEmptyRows } from './reply.ts';
import { apiClientOptions, directJsonCalls } from './apiClient.ts';
import { FeatureComposer } from './composer.ts';
import type { BotContext, BotDeps, SessionData } from './context.ts';
import { cards } from './features/cards.ts';
import { inline } from './features/inline.ts';
import { searchFeature } from './features/search.ts';
import { start } from './features/start.ts';
import { unhandled } from './features/unhandled.ts';
import { languageFromTelegram, userLanguage } from './i18n.ts';
import { conversations, type ConversationData } from '@grammyjs/conversations';
import type { I18n } from '@grammyjs/i18n';
import { conversationStorage, hasConversation } from '../store/conversations.ts';
import { guidesWhenNeeded } from './guideGate.ts';
import type { GuideContext } from './conversations/ask.ts';
import { GUIDE_VERSION } from './conversations/invest.ts';
import { guides, leave } from './features/guides.ts';
import { staff } from './features/staff.ts';
import { subscriptionsFeature } from './features/subscriptions.ts';
import { roles } from './features/roles.ts';
import { staffCommands } from './features/staffCommands.ts';
import { dataUpdates, followDataChanges } from './features/dataUpdates.ts';

export interface BotOptions {
  token: string;
  deps: BotDeps;
  i18n: I18n<BotContext>;
  /** The version of the guides' code; saved guides of another version are restarted politely. */
  guideVersion?: string;
  /** Updates one user may send within `windowMs`; past it they are dropped with one "slow down". */
  userRate?: { limit: number; windowMs: number };
  /** BOT_API_ROOT: a Bot API server to talk to instead of Telegram's. */
  apiRoot?: string;
}

/** One chat's updates are handled one after another; different chats in parallel. */
export function sessionKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

/** After a "slow down", a user over the limit again within this time is dropped without another. */
export const SLOW_DOWN_QUIET_MS = 60_000;

/** Network failures and timeouts (HttpError) are retried this many times, a second apart and then two. */
export const HTTP_RETRIES = 2;

/**
 * Retries on 429 and 5xx, and a failed or timed-out request twice, but never for long: a person is
 * waiting for the answer. auto-retry alone retries an HttpError forever (backing off up to an hour),
 * which in an outage would leave every update stuck in its slot and the bot unable to take more.
 */
export function interactiveRetry(retryDelayMs = 1000): Transformer {
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10, rethrowInternalServerErrors: false, rethrowHttpErrors: true });
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await retry(prev, method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || attempt > HTTP_RETRIES || signal?.aborted) throw err;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
      }
    }
  };
}

export function createBot({ token, deps, apiRoot, i18n, guideVersion = GUIDE_VERSION, userRate = { limit: 8, windowMs: 2000 } }: BotOptions): Bot<BotContext> {
  // A request to Telegram that hangs is given up after 30 s (grammY's default is minutes).
  const client = apiClientOptions(apiRoot, { timeoutSeconds: 30 });
  const bot = new Bot<BotContext>(token, { client });
  bot.api.config.use(directJsonCalls(token, client), interactiveRetry(), dropEmptyRows);
  // Everything runs in one FeatureComposer: grammY's own composition costs more per update.
  const pipeline = new FeatureComposer<BotContext>();
  bot.use(pipeline);

  pipeline.use(async (ctx, next) => {
    const started = performance.now();
    let outcome: 'ok' | 'error' = 'ok';
    ctx.deps = deps;
    try {
      await next();
    } catch (err) {
      outcome = 'error';
      // A 403 to a private chat: the user blocked the bot; broadcasts count them no more.
      if (err instanceof GrammyError && err.error_code === 403 && ctx.chat?.type === 'private') {
        markUserBlocked(deps.store.db, ctx.chat.id);
        deps.logger.info({ update_id: ctx.update.update_id }, 'user blocked the bot');
        return;
      }
      const store = storeProblem(err);
      deps.logger.error({ err, update_id: ctx.update.update_id, ...(store ? { store } : {}) }, store ? 'the store cannot be written' : 'update failed');
      // The failure may come before the user's saved language was read: Telegram's is the best guess then.
      await apologise(ctx, i18n.t(userLanguage(ctx), store ? 'error-store' : 'error-generic'));
    } finally {
      const event = { updateId: ctx.update.update_id, kind: updateKind(ctx), ms: Math.round(performance.now() - started), outcome };
      deps.logger.info({ update_id: event.updateId, kind: event.kind, ms: event.ms, outcome }, 'update');
      deps.observe?.(event);
    }
  });
  const slowDownSent = new Map<number, number>();
  // A flood from one user is cut short before it queues up behind sequentialize; others are not slowed.
  // The window allows a person's fastest taps through a guide (a few a second).
  pipeline.use(
    limit<BotContext, never>({
      timeFrame: userRate.windowMs,
      limit: userRate.limit,
      onLimitExceeded: (ctx) => {
        // A flood that goes on past one window is told once, not once a window.
        const user = ctx.from?.id ?? 0;
        const now = Date.now();
        if (now - (slowDownSent.get(user) ?? -Infinity) < SLOW_DOWN_QUIET_MS) return;
        keepWithin(slowDownSent, 10_000, user, now);
        const text = deps.translate(languageFromTelegram(ctx.from?.language_code), 'slow-down');
        if (ctx.callbackQuery) void ctx.answerCallbackQuery({ text }).catch(() => undefined);
        else if (ctx.chat?.type === 'private') void ctx.reply(text).catch(() => undefined);
      },
    }),
  );
  pipeline.use(sequentialize(sessionKey));
  // At the edge: text that is not well-formed Unicode (half an emoji) would be refused by Telegram
  // when echoed; a button pressed where there is no chat (an inline message) has nowhere to answer.
  pipeline.use(async (ctx, next) => {
    const m = ctx.message ?? ctx.editedMessage;
    if (m?.text !== undefined && !m.text.isWellFormed()) m.text = m.text.toWellFormed();
    if (m?.caption !== undefined && !m.caption.isWellFormed()) m.caption = m.caption.toWellFormed();
    if (ctx.inlineQuery && !ctx.inlineQuery.query.isWellFormed()) ctx.inlineQuery.query = ctx.inlineQuery.query.toWellFormed();
    if (ctx.from && !ctx.from.first_name.isWellFormed()) ctx.from.first_name = ctx.from.first_name.toWellFormed();
    if (ctx.callbackQuery && !ctx.chat) {
      await ctx.answerCallbackQuery();
      return;
    }
    return next();
  });
  pipeline.use((ctx, next) => {
    // A store that cannot be written (read-only, disk full) still serves searches and cards.
    try {
      ctx.user = ctx.from && !ctx.from.is_bot ? touchUser(deps.store.db, ctx.from, new Date(), ctx.chat?.type === 'private') : undefined;
    } catch (err) {
      deps.logger.warn({ err: storeProblem(err) }, 'could not record the user');
      ctx.user = undefined;
    }
    return next();
  });
  pipeline.use(followDataChanges(deps));
  pipeline.use(lazySession({ initial: (): SessionData => ({}), storage: sessionStorage<SessionData>(deps.store.db, (err) => deps.logger.warn({ err }, 'could not save a session')), getSessionKey: sessionKey }));
  pipeline.use(i18n);
  pipeline.use((ctx, next) => {
    ctx.lang = userLanguage(ctx);
    return next();
  });
  // Guides: their state lives in the store; inside them i18n, our deps and retries are installed
  // anew, and the language is the one the user had when the guide started. Plain text in a chat
  // without a guide (a search) skips them (guideGate.ts).
  const outdated = new WeakSet<BotContext>();
  pipeline.use(
    guidesWhenNeeded(conversations<BotContext, GuideContext>({
      storage: {
        type: 'context',
        version: guideVersion,
        // By chat only: inline queries (no chat) never reach a guide.
        adapter: conversationStorage<BotContext, ConversationData>(deps.store.db, guideVersion, (ctx) => ctx.chat?.id.toString(), (ctx) => outdated.add(ctx)),
      },
      plugins: async (conversation) => {
        const lang = await conversation.external((ctx) => ctx.lang);
        return [
          // The i18n middleware reads only ctx.from and sets ctx.i18n/ctx.t, which a guide's context has.
          i18n as unknown as Middleware<GuideContext>,
          (ctx, next) => {
            ctx.deps = deps;
            ctx.lang = lang;
            ctx.i18n.useLocale(lang);
            ctx.api.config.use(interactiveRetry(), dropEmptyRows);
            return next();
          },
        ];
      },
    }), (chatKey) => hasConversation(deps.store.db, chatKey)),
  );
  // An answer to a guide saved by older code: say so, and take it no further (it was meant for the guide).
  pipeline.use(async (ctx, next) => {
    if (!outdated.has(ctx)) return next();
    await ctx.reply(ctx.t('guide-outdated'));
    // A command still does what it says; a button or an answer was meant for the old guide.
    if (ctx.message?.entities?.[0]?.type === 'bot_command' && ctx.message.entities[0].offset === 0) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  });
  pipeline.use(leave, start, roles, staff, staffCommands, dataUpdates, subscriptionsFeature, guides, cards, inline, searchFeature, unhandled);
  // Last resort, should an error escape the boundary above (it logs and answers already).
  bot.catch((err) => deps.logger.error({ err: err.error, update_id: err.ctx.update.update_id }, 'unhandled bot error'));
  return bot;
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

/** The SQLite code of a store that cannot take writes (read-only, full, locked), or undefined. */
function storeProblem(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(READONLY|FULL|BUSY|LOCKED|IOERR|CANTOPEN)/.test(code) ? code : undefined;
}

function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown';
}
