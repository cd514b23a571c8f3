// The running product: the store (created, migrated and seeded on first start), the search index,
// the bot, and long polling through grammY's runner. `npm start`, the offline chat and the
// end-to-end tests all start the bot through here.
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';
import { setCommands } from './bot/commands.ts';
import type { BotContext, UpdateEvent } from './bot/context.ts';
import { createI18n } from './bot/i18n.ts';
import { createBot } from './bot/index.ts';
import { entityRefs } from './store/cards.ts';
import { openStore, type Store } from './store/open.ts';
import { buildSearchIndex } from './store/search-docs.ts';

export interface App {
  bot: Bot<BotContext>;
  store: Store;
  runner: RunnerHandle;
  logger: Logger;
  /** Stops taking updates, lets those in hand finish, closes the store. */
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  observe?: (event: UpdateEvent) => void;
  /** Overrides the guides' version (tests of an upgrade in the middle of a guide). */
  guideVersion?: string;
}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

export function createLogger(level: Config['LOG_LEVEL']): Logger {
  // The token is part of every Bot API URL: keep URLs and secrets out of the logs.
  return pino({ level, redact: { paths: ['*.url', '*.token', 'err.config', 'err.payload', 'err.method'], remove: true } }, pino.destination(2));
}

export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const store = openStore(config.DATABASE_PATH);
  let runner: RunnerHandle | undefined;
  try {
    const index = buildSearchIndex(store.db);
    const refs = entityRefs(store.db);
    const i18n = createI18n();
    const bot = createBot({
      token: config.BOT_TOKEN,
      apiRoot: config.BOT_API_ROOT,
      i18n,
      ...(options.guideVersion ? { guideVersion: options.guideVersion } : {}),
      deps: {
        store,
        index,
        refs,
        logger,
        observe: options.observe,
        staffChatId: config.STAFF_CHAT_ID,
        adminIds: config.ADMIN_IDS,
        translate: (lang, key, vars) => i18n.t(lang, key, vars),
      },
    });
    await bot.init();
    // Long polling and a webhook exclude each other: a webhook left from another deployment goes.
    await bot.api.deleteWebhook();
    await setCommands(bot.api, i18n);
    runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    logger.info({ bot: bot.botInfo.username, entities: refs.size }, 'bot started');
    const handle = runner;
    return {
      bot,
      store,
      runner: handle,
      logger,
      async stop() {
        if (handle.isRunning()) await handle.stop();
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
