// The running product: the store (created, migrated and seeded on first start), the search index,
// the bot, and long polling through grammY's runner. `npm start`, the offline chat and the
// end-to-end tests all start the bot through here.
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import { pino, type DestinationStream, type Logger } from 'pino';
import { Api } from 'grammy';
import { ProgressReporter } from './broadcast/progress.ts';
import { progress } from './broadcast/queue.ts';
import { clientOptions } from './bot/api.ts';
import { startWebhookServer } from './server.ts';
import { BroadcastWorker } from './broadcast/worker.ts';
import type { Config } from './config.ts';
import { setCommands, setStaffCommands } from './bot/commands.ts';
import type { Lang } from './dataset/schema.ts';
import type { BotContext, UpdateEvent } from './bot/context.ts';
import { createI18n } from './bot/i18n.ts';
import { createBot } from './bot/index.ts';
import { readCatalogue } from './store/catalogue.ts';
import { openStore, type Store } from './store/open.ts';

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
  /** Overrides the attempts a broadcast message gets (tests of an outage, without its minutes of backoff). */
  broadcastAttempts?: number;
}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

const VERSION = '0.1.0';
/** How long a stop waits for updates in hand (below systemd's TimeoutStopSec of 30 s in README). */
const STOP_DRAIN_MS = 25_000;

async function drained(runner: RunnerHandle, withinMs: number): Promise<void> {
  for (const end = Date.now() + withinMs; runner.size() > 0 && Date.now() < end;)
    await new Promise((r) => setTimeout(r, 10));
}

/** What /healthz answers: the store reachable, broadcast rows waiting, uptime. */
function health(store: Store, started: number): Record<string, unknown> & { status: 'ok' | 'degraded' } {
  let reachable = true;
  let pending = 0;
  try {
    store.sqlite.prepare('SELECT 1').get();
    pending = progress(store.db).pending;
  } catch {
    reachable = false;
  }
  return {
    status: reachable ? 'ok' : 'degraded',
    version: VERSION,
    store: reachable,
    pendingBroadcastRows: pending,
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
// application): errors are logged without those. A serializer of errors rather than pino's redact,
// which walks every line, and the bot writes one per update (with numbers and the update's kind only).
const SECRET_FIELDS = ['url', 'token', 'config', 'payload', 'method'];
function errorWithoutSecrets(err: unknown): unknown {
  const serialized: unknown = pino.stdSerializers.err(err as Error);
  if (typeof serialized !== 'object' || serialized === null) return serialized;
  // A copy: for anything but an Error the serializer hands back the caller's own object.
  const out: Record<string, unknown> = { ...serialized };
  for (const field of SECRET_FIELDS) delete out[field];
  return out;
}

export function createLogger(level: Config['LOG_LEVEL'], destination: DestinationStream = stderr()): Logger {
  return pino({ level, serializers: { err: errorWithoutSecrets } }, destination);
}

export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const store = openStore(config.DATABASE_PATH);
  let runner: RunnerHandle | undefined;
  try {
    const catalogue = readCatalogue(store);
    const i18n = createI18n();
    const bot = createBot({
      token: config.BOT_TOKEN,
      apiRoot: config.BOT_API_ROOT,
      i18n,
      ...(options.guideVersion ? { guideVersion: options.guideVersion } : {}),
      userRate: { limit: config.USER_RATE_LIMIT, windowMs: config.USER_RATE_WINDOW_MS },
      deps: {
        store,
        repos: store.repos,
        ...catalogue,
        logger,
        observe: options.observe,
        staffChatId: config.STAFF_CHAT_ID,
        adminIds: config.ADMIN_IDS,
        translate: (lang, key, vars) => i18n.t(lang, key, vars),
        fileUrl: (path) => `${config.BOT_API_ROOT ?? 'https://api.telegram.org'}/file/bot${config.BOT_TOKEN}/${path}`,
      },
    });
    await bot.init();
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
    // Broadcasts go out through an API of their own: the worker paces and retries them itself.
    const rawApi = new Api(config.BOT_TOKEN, clientOptions(config.BOT_API_ROOT));
    const worker = new BroadcastWorker(store.db, rawApi, {
      rate: config.BROADCAST_RATE,
      name: 'bot',
      logger,
      ...(options.broadcastAttempts ? { maxAttempts: options.broadcastAttempts } : {}),
    });
    worker.start().catch((err: unknown) => logger.fatal({ err }, 'broadcast worker stopped'));
    const reporter = new ProgressReporter(store.db, rawApi, translate);
    reporter.start();
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
        // Sends in flight finish and are recorded, so the queue stays consistent.
        await worker.stop();
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
