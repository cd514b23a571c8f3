// The real bot against the local emulator, in one process: the base of the offline chat, the
// end-to-end tests and the benchmarks. The bot starts exactly as `npm start` starts it, with
// BOT_API_ROOT pointing at the emulator.
import type { DestinationStream } from 'pino';
import { createLogger, startApp, type App } from '../app.ts';
import type { UpdateEvent } from '../bot/context.ts';
import type { StaffPostOutcome } from '../bot/staffOutbox.ts';
import { loadConfig } from '../config.ts';
import type { ImportHold } from '../store/imports.ts';
import { BotApiEmulator, type BotMessage, type EmulatedUser, type InlineButton } from './emulator.ts';

/** Any well-formed token will do: the emulator does not check it. */
export const OFFLINE_TOKEN = '1000000001:offline-chat-token-not-a-secret';

export interface LocalBot {
  emulator: BotApiEmulator;
  /** The emulator's address: BOT_API_ROOT for another process beside the bot. */
  apiRoot: string;
  /** The running app (a new one after restart()). */
  readonly app: App;
  /** Resolves once the bot has handled the update with this id. */
  handled(updateId: number, timeoutMs?: number): Promise<UpdateEvent>;
  /** Resolves once the staff chat's outbox has had this outcome for this application (now or before). */
  staffPost(applicationId: number, outcome: StaffPostOutcome, timeoutMs?: number): Promise<void>;
  /** Every try of the outbox so far, in order. */
  staffPosts: Array<{ applicationId: number; outcome: StaffPostOutcome }>;
  /** Stops the app cleanly and starts it again on the same store and emulator, with these options changed. */
  restart(changes?: Pick<LocalBotOptions, 'staffChatId' | 'staffPostBackoffMs'>): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalBotOptions {
  databasePath: string;
  logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  emulator?: BotApiEmulator;
  /** STAFF_CHAT_ID and ADMIN_IDS, as the environment would give them. */
  staffChatId?: number;
  adminIds?: number[];
  guideVersion?: string;
  /** Attempts a broadcast message gets before it counts as failed. */
  broadcastAttempts?: number;
  /** Where the log lines go (standard error by default). */
  logTo?: DestinationStream;
  /** USER_RATE_LIMIT for this bot; scripted users answer far faster than people, so scripts raise it. */
  userRateLimit?: number;
  /** The staff outbox's wait before a try again (tests shorten it). */
  staffPostBackoffMs?: (attempts: number, refused: boolean) => number;
  /** Holds staff imports midway (see ImportHold). */
  importHold?: ImportHold;
}

export async function startLocalBot(options: LocalBotOptions): Promise<LocalBot> {
  const emulator = options.emulator ?? new BotApiEmulator();
  const url = await emulator.start();
  const events = new Map<number, UpdateEvent>();
  const waiting = new Map<number, (e: UpdateEvent) => void>();
  const staffPosts: LocalBot['staffPosts'] = [];
  const postWaiters = new Set<() => void>();
  const launch = (o: LocalBotOptions): Promise<App> => {
    const config = loadConfig({
      BOT_TOKEN: OFFLINE_TOKEN,
      BOT_API_ROOT: url,
      DATABASE_PATH: o.databasePath,
      LOG_LEVEL: o.logLevel ?? 'silent',
      ...(o.userRateLimit !== undefined ? { USER_RATE_LIMIT: String(o.userRateLimit) } : {}),
      ...(o.staffChatId !== undefined ? { STAFF_CHAT_ID: String(o.staffChatId) } : {}),
      ...(o.adminIds ? { ADMIN_IDS: o.adminIds.join(',') } : {}),
    });
    return startApp(config, {
      ...(o.guideVersion ? { guideVersion: o.guideVersion } : {}),
      ...(o.broadcastAttempts ? { broadcastAttempts: o.broadcastAttempts } : {}),
      ...(o.importHold ? { importHold: o.importHold } : {}),
      logger: createLogger(config.LOG_LEVEL, o.logTo),
      observe: (e) => {
        events.set(e.updateId, e);
        waiting.get(e.updateId)?.(e);
        waiting.delete(e.updateId);
      },
      staffPosts: {
        ...(o.staffPostBackoffMs ? { backoffMs: o.staffPostBackoffMs } : {}),
        onOutcome: (outcome, applicationId) => {
          staffPosts.push({ applicationId, outcome });
          for (const wake of postWaiters) wake();
        },
      },
    });
  };
  let current = options;
  let app: App;
  try {
    app = await launch(current);
  } catch (err) {
    await emulator.stop();
    throw err;
  }
  return {
    emulator,
    apiRoot: url,
    get app() {
      return app;
    },
    staffPosts,
    handled(updateId, timeoutMs = 10_000) {
      const done = events.get(updateId);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`update ${updateId} was not handled within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.set(updateId, (e) => {
          clearTimeout(timer);
          resolve(e);
        });
      });
    },
    staffPost(applicationId, outcome, timeoutMs = 10_000) {
      const seen = () => staffPosts.some((p) => p.applicationId === applicationId && p.outcome === outcome);
      if (seen()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!seen()) return;
          clearTimeout(timer);
          postWaiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          postWaiters.delete(check);
          reject(new Error(`application ${applicationId}: no staff post ${outcome} within ${timeoutMs} ms`));
        }, timeoutMs);
        postWaiters.add(check);
      });
    },
    async restart(changes = {}) {
      await app.stop();
      current = { ...current, ...changes };
      app = await launch(current);
    },
    async stop() {
      await Promise.all([app.stop(), emulator.stop()]);
    },
  };
}

/** A user of the emulated Telegram, and what the bot has said to them. */
export class ChatUser {
  constructor(
    readonly local: LocalBot,
    readonly user: EmulatedUser,
  ) {}

  /** Messages the bot has sent this user, edits applied. */
  get messages(): BotMessage[] {
    return this.local.emulator.chat(this.user.id);
  }

  get last(): BotMessage | undefined {
    return this.messages.at(-1);
  }

  /** The newest message of the bot's that has buttons. */
  get withButtons(): BotMessage | undefined {
    return [...this.messages].reverse().find((m) => m.buttons.length > 0);
  }

  async say(text: string): Promise<UpdateEvent> {
    return this.local.handled(this.local.emulator.sendText(this.user, text));
  }

  /**
   * Presses a button by its number (from 1) on the newest message with buttons, or by its label on
   * the newest message that has it: the label exactly (icons aside), else the first that contains it.
   */
  async press(which: number | string): Promise<UpdateEvent> {
    const newest = this.withButtons;
    if (!newest) throw new Error('no message with buttons to press');
    const found =
      typeof which === 'number' ? { message: newest, button: newest.buttons.flat()[which - 1] } : this.find(which);
    if (!found?.button?.callback_data)
      throw new Error(
        `no button ${JSON.stringify(which)} to press; buttons: ${newest.buttons
          .flat()
          .map((b) => b.text)
          .join(' | ')}`,
      );
    return this.local.handled(this.local.emulator.press(this.user, found.message, found.button.callback_data));
  }

  /** Whether `label` is a button of one of the bot's messages, said exactly (icons aside). */
  hasButton(label: string): boolean {
    return this.find(label, true) !== undefined;
  }

  private find(label: string, exact = false): { message: BotMessage; button: InlineButton } | undefined {
    const bare = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const tests = [(b: InlineButton) => b.text === label, (b: InlineButton) => bare(b.text) === bare(label)];
    if (!exact) tests.push((b) => b.text.includes(label));
    const newestFirst = [...this.messages].reverse();
    for (const test of tests)
      for (const message of newestFirst) {
        const button = message.buttons.flat().find((b) => b.callback_data && test(b));
        if (button) return { message, button };
      }
    return undefined;
  }
}
