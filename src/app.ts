// The running product: the store (created, migrated and seeded on first start), the search index,
// the bot, and long polling through grammY's runner. `npm start`, the offline chat and the
// end-to-end tests all start the bot through here.
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import { pino, type DestinationStream, type Logger } from 'pino';
import { Api, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { ProgressReporter } from './broadcast/progress.ts';
import { progress } from './broadcast/queue.ts';
import { clientOptions } from './bot/api.ts';
import { startWebhookServer } from './server.ts';
import { BroadcastWorker } from './broadcast/worker.ts';
import { StaffOutbox, type StaffOutboxOptions } from './bot/staffOutbox.ts';
import type { Config } from './config.ts';
import { setCommands, setStaffCommands } from './bot/commands.ts';
import type { Lang } from './dataset/schema.ts';
import type { BotContext, BotDeps, UpdateEvent } from './bot/context.ts';
import { createI18n } from './bot/i18n.ts';
import { createBot } from './bot/index.ts';
import { readCatalogue } from './store/catalogue.ts';
import type { ImportHold } from './store/imports.ts';
import { openStore, type Store } from './store/open.ts';
import { forgetIdleGuides } from './store/storage.ts';
import { SEED_DIR } from './store/paths.ts';
import { loadContacts, loadTopics } from './dataset/load.ts';
import { topicIndex } from './understand/topics.ts';

export interface App {
  bot: Bot<BotContext>;
  store: Store;
  /** Long polling; undefined in webhook mode. */
  runner: RunnerHandle | undefined;
  /** The local address of the webhook server, in webhook mode. */
  webhookUrl: string | undefined;
  logger: Logger;
  /** Stops taking updates, lets those in hand finish, closes the store. */
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  observe?: (event: UpdateEvent) => void;
  /** Overrides the guides' version (tests of an upgrade in the middle of a guide). */
  guideVersion?: string;
  /** How long the start waits for the Bot API to answer getMe (tests of a wrong BOT_API_ROOT shorten it). */
  reachWithinMs?: number;
  /** The staff chat's outbox: its backoff (tests) and a listener of its tries. */
  staffPosts?: StaffOutboxOptions;
  /** Overrides the attempts a broadcast message gets (tests of an outage, without its minutes of backoff). */
  broadcastAttempts?: number;
  /** Holds staff imports midway (tests of what others get meanwhile). */
  importHold?: ImportHold;
}

/** The Bot API could not be reached at start: the message says where and why, without the token. */
export class StartError extends Error {}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

const VERSION = '0.1.0';
/** How long a stop waits for updates in hand (below systemd's TimeoutStopSec of 30 s in README). */
const STOP_DRAIN_MS = 25_000;
/** How long a start waits for the Bot API before giving up (grammY's own init would retry for ever). */
const REACH_WITHIN_MS = 60_000;
/** How often guides left unanswered are looked for. */
const SWEEP_MS = 60 * 60 * 1000;

/**
 * The bot's own account, asked for until the Bot API answers, each failure logged. An answer that will
 * not change (a refused token, a root that is not a Bot API) ends it at once, anything else at `withinMs`.
 */
async function reachBotApi(api: Api, where: string, logger: Logger, withinMs: number): Promise<UserFromGetMe> {
  const signal = AbortSignal.timeout(withinMs);
  const end = Date.now() + withinMs;
  for (let attempt = 1; ; attempt++) {
    try {
      // grammY types its signal after the abort-controller shim; at run time it takes Node's own.
      return await api.getMe(signal as Parameters<Api['getMe']>[0]);
    } catch (err) {
      const final = err instanceof GrammyError && err.error_code < 500 && err.error_code !== 429;
      logger.warn({ err, attempt, apiRoot: where }, 'the Bot API did not answer getMe');
      if (final || signal.aborted) {
        const why = err instanceof GrammyError ? `${err.error_code} ${err.description}` : 'no answer';
        throw new StartError(
          `could not reach the Bot API at ${where} (${why}) after ${attempt} ${attempt === 1 ? 'attempt' : 'attempts'}; check BOT_API_ROOT and BOT_TOKEN`,
        );
      }
      const pause = Math.min(1000 * 2 ** (attempt - 1), 10_000, Math.max(0, end - Date.now()));
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

async function drained(runner: RunnerHandle, withinMs: number): Promise<void> {
  for (const end = Date.now() + withinMs; runner.size() > 0 && Date.now() < end;)
    await new Promise((r) => setTimeout(r, 10));
}

/** What /healthz answers: the store reachable, broadcast rows and staff posts waiting, uptime. */
function health(store: Store, started: number): Record<string, unknown> & { status: 'ok' | 'degraded' } {
  let reachable = true;
  let pending = 0;
  let unposted = 0;
  try {
    store.sqlite.prepare('SELECT 1').get();
    pending = progress(store.db).pending;
    unposted = store.repos.applications.unposted().count;
  } catch {
    reachable = false;
  }
  return {
    status: reachable ? 'ok' : 'degraded',
    version: VERSION,
    store: reachable,
    pendingBroadcastRows: pending,
    applicationsNotInStaffChat: unposted,
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
  };
}

// pino's asynchronous logging: lines are buffered up to 4 KB and written together (a write call per
// update was a tenth of an update's time); a quiet bot's lines go out within a second, and what is
// left is flushed when the process exits.
const LOG_FLUSH_MS = 1000;
function stderr(): DestinationStream {
  const destination = pino.destination({ dest: 2, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), LOG_FLUSH_MS).unref();
  return destination;
}

// The token is part of every Bot API URL, and a refused call carries what it sent (a phone number, an
// application): errors are logged without those. A network failure's cause (node-fetch's FetchError)
// names the URL in its message and stack, so the token is also cut out of every string, at every depth.
// A serializer of errors rather than pino's redact, which walks every line, and the bot writes one per
// update (with numbers and the update's kind only).
const SECRET_FIELDS = new Set(['url', 'token', 'config', 'payload', 'method']);
const TOKEN_IN_URL = /\/bot\d+:[\w-]+/g;
function withoutSecrets(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.replace(TOKEN_IN_URL, '/bot<token>');
  if (typeof value !== 'object' || value === null || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  // A copy: the caller's own object is logged, not changed.
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!SECRET_FIELDS.has(key)) out[key] = withoutSecrets(v, depth + 1);
  return out;
}
function errorWithoutSecrets(err: unknown): unknown {
  return withoutSecrets(pino.stdSerializers.err(err as Error), 0);
}

export function createLogger(level: Config['LOG_LEVEL'], destination: DestinationStream = stderr()): Logger {
  return pino({ level, serializers: { err: errorWithoutSecrets } }, destination);
}

export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const store = openStore(config.DATABASE_PATH);
  let runner: RunnerHandle | undefined;
  try {
    store.repos.searches.tidy();
    forgetIdleGuides(store.db);
    const catalogue = readCatalogue(store);
    const i18n = createI18n();
    // Broadcasts and staff posts go out through an API of their own: they pace and retry themselves.
    const rawApi = new Api(config.BOT_TOKEN, clientOptions(config.BOT_API_ROOT));
    const deps: BotDeps = {
      store,
      repos: store.repos,
      ...catalogue,
      topics: topicIndex(loadTopics(SEED_DIR)),
      contacts: loadContacts(SEED_DIR, new Set(catalogue.refs.keys())),
      logger,
      observe: options.observe,
      staffChatId: config.STAFF_CHAT_ID,
      staffPosts: { wake: () => outbox.wake() },
      adminIds: config.ADMIN_IDS,
      translate: (lang, key, vars) => i18n.t(lang, key, vars),
      ...(options.importHold ? { importHold: options.importHold } : {}),
      fileUrl: (path) => `${config.BOT_API_ROOT ?? 'https://api.telegram.org'}/file/bot${config.BOT_TOKEN}/${path}`,
    };
    // The same deps as the bot's: the zones a post names follow data changes.
    const outbox = new StaffOutbox(deps, rawApi, options.staffPosts);
    const bot = createBot({
      token: config.BOT_TOKEN,
      apiRoot: config.BOT_API_ROOT,
      i18n,
      ...(options.guideVersion ? { guideVersion: options.guideVersion } : {}),
      userRate: { limit: config.USER_RATE_LIMIT, windowMs: config.USER_RATE_WINDOW_MS },
      deps,
    });
    bot.botInfo = await reachBotApi(
      bot.api,
      config.BOT_API_ROOT ?? 'https://api.telegram.org',
      logger,
      options.reachWithinMs ?? REACH_WITHIN_MS,
    );
    const translate = (lang: Lang, key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
    await setCommands(bot.api, translate);
    // Staff see their commands in their own chats; an admin who never started the bot is skipped.
    for (const id of new Set([...config.ADMIN_IDS, ...store.repos.staff.ids()])) {
      await setStaffCommands(bot.api, translate, id, true).catch((err: unknown) =>
        logger.warn({ err, user: id }, 'could not set staff commands'),
      );
    }
    let webhook: Awaited<ReturnType<typeof startWebhookServer>> | undefined;
    const started = Date.now();
    if (config.WEBHOOK_URL && config.WEBHOOK_SECRET) {
      webhook = await startWebhookServer({
        port: config.PORT,
        path: new URL(config.WEBHOOK_URL).pathname,
        secret: config.WEBHOOK_SECRET,
        bot,
        health: () => health(store, started),
      });
      await bot.api.setWebhook(config.WEBHOOK_URL, {
        secret_token: config.WEBHOOK_SECRET,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    } else {
      // Long polling and a webhook exclude each other: a webhook left from another deployment goes.
      await bot.api.deleteWebhook();
      // 50 updates at once keep the one thread busy; more only add memory and garbage (each waits on
      // its reply), and updates fetched beyond them wait unacknowledged where a stop can leave them.
      runner = run(bot, { sink: { concurrency: 50 }, runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    }
    const worker = new BroadcastWorker(store.db, rawApi, {
      rate: config.BROADCAST_RATE,
      name: 'bot',
      logger,
      ...(options.broadcastAttempts ? { maxAttempts: options.broadcastAttempts } : {}),
    });
    worker.start().catch((err: unknown) => logger.fatal({ err }, 'broadcast worker stopped'));
    const reporter = new ProgressReporter(store.db, rawApi, translate);
    reporter.start();
    // Guides left unanswered are removed as they expire, not only at the next start.
    const sweep = setInterval(() => {
      try {
        forgetIdleGuides(store.db);
      } catch (err) {
        logger.warn({ err }, 'could not remove idle guides');
      }
    }, SWEEP_MS);
    sweep.unref();
    outbox.start();
    logger.info({ bot: bot.botInfo.username, entities: catalogue.refs.size }, 'bot started');
    const handle = runner;
    return {
      bot,
      store,
      runner: handle,
      webhookUrl: webhook?.url,
      logger,
      async stop() {
        if (handle?.isRunning()) await handle.stop();
        // The runner's stop() ends the fetching only: updates taken (acknowledged to Telegram by the
        // next offset) are still being handled, and would be lost if the store closed under them.
        if (handle) await drained(handle, STOP_DRAIN_MS);
        // Requests under way are answered before the store closes.
        await webhook?.close();
        await reporter.stop();
        // Sends in flight finish and are recorded, so the queue stays consistent; so does a staff
        // post in flight (what is left pending goes out at the next start).
        await Promise.all([worker.stop(), outbox.stop()]);
        clearInterval(sweep);
        store.close();
        logger.info('bot stopped');
      },
    };
  } catch (err) {
    if (runner?.isRunning()) await runner.stop();
    store.close();
    throw err;
  }
}
