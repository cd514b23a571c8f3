// Posts filed applications to the staff chat from the store's outbox (one row per application,
// written with it): one at a time, oldest first, each recorded as posted the moment Telegram
// accepts it. A failed post stays in the outbox and is tried again — soon after a 5xx or a network
// failure, slowly after a refusal (400 chat not found, 403 the bot was removed), after retry_after
// on a 429 — and every pending post is tried again at start. Nothing is ever given up: /stats shows
// what is waiting and why.
import { type Api, GrammyError, HttpError } from 'grammy';
import type { Application } from '../store/applications.ts';
import type { BotDeps } from './context.ts';
import { keyboard } from './reply.ts';
import { staffPostOf } from './staffPost.ts';

export type StaffPostOutcome = 'posted' | 'retry' | 'refused' | 'limited';

export interface StaffOutboxOptions {
  /** Milliseconds before try number `attempts + 1`; `refused` when the staff chat refused the post. */
  backoffMs?: (attempts: number, refused: boolean) => number;
  /** Called after every try (tests and the harness wait on it). */
  onOutcome?: (outcome: StaffPostOutcome, applicationId: number) => void;
}

/** 2 s, 4 s, 8 s … up to 5 minutes after a transient failure; every 10 minutes while the chat refuses. */
export function defaultBackoffMs(attempts: number, refused: boolean): number {
  return refused ? 10 * 60_000 : Math.min(5 * 60_000, 1000 * 2 ** attempts);
}

/** Posts due at once; more are taken in the next round straight away. */
const BATCH = 10;
/** A safety net only: filing wakes the outbox, and failures set their own time. */
const IDLE_MS = 60_000;

export class StaffOutbox {
  private running = false;
  private loop: Promise<void> | undefined;
  private woken = false;
  /** Until when a 429 holds every post (Telegram counts the bot, not the application). */
  private pausedUntil = 0;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly deps: BotDeps,
    private readonly api: Api,
    private readonly options: StaffOutboxOptions = {},
  ) {}

  /** Starts draining (every pending post due now); without a staff chat, posts wait in the store. */
  start(): void {
    const { repos, staffChatId, logger } = this.deps;
    const { count } = repos.applications.unposted();
    if (staffChatId === undefined) {
      if (count > 0)
        logger.warn({ applications: count }, 'STAFF_CHAT_ID is not set: applications wait for a staff chat');
      return;
    }
    if (this.loop) return;
    repos.applications.retryPostsNow();
    this.running = true;
    this.loop = this.run(staffChatId).finally(() => (this.running = false));
  }

  /** A new application is in the outbox. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Takes no more posts and lets the one in flight finish and be recorded (the API's timeout bounds it). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  private async run(chat: number): Promise<void> {
    const { repos, logger } = this.deps;
    while (this.running) {
      if (Date.now() < this.pausedUntil) {
        await this.sleep(this.pausedUntil - Date.now());
        continue;
      }
      let more = false;
      try {
        const due = repos.applications.duePosts(Date.now(), BATCH);
        let ok = true;
        for (const d of due) {
          if (!this.running || !ok) break;
          ok = await this.post(chat, d.application, d.attempts);
        }
        // A failure ends the round: the next one starts from the oldest post due again.
        more = ok && due.length === BATCH;
      } catch (err) {
        // The store failed (busy, closed): say so and try again shortly rather than stop posting.
        logger.error({ err }, 'staff outbox round failed');
        await this.sleep(1000);
        continue;
      }
      if (more) continue;
      const next = repos.applications.nextPostAt();
      await this.sleep(next === undefined ? IDLE_MS : Math.min(IDLE_MS, next - Date.now()));
    }
  }

  /** Whether the post went out. */
  private async post(chat: number, application: Application, attempts: number): Promise<boolean> {
    let messageId: number;
    try {
      // A post that cannot be rendered is refused like one the chat refuses: kept, logged, tried slowly.
      const post = staffPostOf(this.deps, application);
      const sent = await this.api.sendMessage(chat, post.text, {
        parse_mode: 'HTML',
        reply_markup: keyboard(post.buttons),
      });
      messageId = sent.message_id;
    } catch (err) {
      this.failed(application.id, attempts, err);
      return false;
    }
    this.deps.repos.applications.markPosted(application.id, messageId);
    this.options.onOutcome?.('posted', application.id);
    return true;
  }

  private failed(id: number, attempts: number, err: unknown): void {
    const { repos, logger } = this.deps;
    const error = err instanceof Error ? err.message : String(err);
    if (err instanceof GrammyError && err.error_code === 429) {
      this.pausedUntil = Date.now() + (err.parameters.retry_after ?? 1) * 1000;
      repos.applications.postFailed(id, this.pausedUntil, error, false);
      this.options.onOutcome?.('limited', id);
      return;
    }
    const transient = err instanceof HttpError || (err instanceof GrammyError && err.error_code >= 500);
    const delay = (this.options.backoffMs ?? defaultBackoffMs)(attempts + 1, !transient);
    repos.applications.postFailed(id, Date.now() + delay, error);
    // A refusal needs the operator (the bot removed from the chat, a wrong STAFF_CHAT_ID): an error.
    logger[transient ? 'warn' : 'error'](
      { err, application: id, attempts: attempts + 1, retryInSeconds: Math.round(delay / 1000) },
      'could not post the application to the staff chat',
    );
    this.options.onOutcome?.(transient ? 'retry' : 'refused', id);
  }

  /** Waits `ms`, or less when woken or stopped. */
  private async sleep(ms: number): Promise<void> {
    if (this.woken || !this.running) return void (this.woken = false);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms));
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = undefined;
    this.woken = false;
  }
}
