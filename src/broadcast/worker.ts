// Drains the broadcast queue under Telegram's limits: at most `rate` messages a second overall and
// one a second per chat; a 429 pauses all sending for its retry_after; a 403 marks the user
// blocked; 5xx and network errors are retried with backoff a bounded number of times. Every
// outcome is written to the store as it happens, so a killed worker resumes where it was. Only the
// holder of the store's sending lease sends: a second worker (the command line beside the bot)
// waits, leaving the queue to the first, and takes over when it stops or its lease runs out.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type Api, GrammyError, HttpError } from 'grammy';
import type { Logger } from 'pino';
import type { Db } from '../store/db.ts';
import {
  claimDelivery,
  currentSender,
  dueDeliveries,
  holdSender,
  markBlocked,
  markFailed,
  markRetry,
  markSent,
  progress,
  releaseSender,
  setBroadcastStatus,
  unfinishedBroadcasts,
  type Due,
} from './queue.ts';

/** How long a claimed row is reserved for its sender: far longer than one send takes. */
const LEASE_MS = 15_000;
/** How long the sending lease lasts unrenewed: a killed sender's successor waits at most this. */
const SENDER_LEASE_MS = 10_000;
/** How often a waiting sender looks whether the lease is free. */
const SENDER_POLL_MS = 500;

export interface WorkerOptions {
  /** Messages a second overall (BROADCAST_RATE). */
  rate: number;
  /** Who this sender is, as other senders are told while they wait for it ("bot", "command line"). */
  name?: string;
  /** Called when another sender holds the lease, once for each holder. */
  onWaiting?: (holder: string) => void;
  /** Gap between two messages to one chat, ms. */
  perChatGapMs?: number;
  /** Attempts before a delivery counts as failed for good. */
  maxAttempts?: number;
  /** Sends under way at once. */
  maxInFlight?: number;
  logger?: Logger;
  /** Called after every delivery outcome. */
  onOutcome?: (outcome: 'sent' | 'blocked' | 'failed' | 'retry' | 'limited', broadcastId: number) => void;
}

export interface WorkerStats {
  attempts: number;
  limited: number;
}

export class BroadcastWorker {
  readonly stats: WorkerStats = { attempts: 0, limited: 0 };
  private running = false;
  private inFlight = new Map<number, Promise<void>>();
  private lastToChat = new Map<number, number>();
  private pausedUntil = 0;
  private nextSlot = 0;
  private loop: Promise<void> | undefined;
  private readonly holder: string;
  private heldUntil = 0;
  private waitingFor: string | undefined;

  constructor(
    private readonly db: Db,
    private readonly api: Api,
    private readonly options: WorkerOptions,
  ) {
    this.holder = `${options.name ?? 'sender'} pid ${process.pid} on ${hostname()} (${randomUUID().slice(0, 8)})`;
  }

  /** Starts draining; with `untilIdle` the returned promise settles once nothing is left to send. */
  start(untilIdle = false): Promise<void> {
    if (this.loop) return this.loop;
    this.running = true;
    this.loop = this.run(untilIdle).finally(() => {
      this.loop = undefined;
      this.running = false;
    });
    return this.loop;
  }

  /** Stops taking new deliveries and waits for those in flight, so the queue stays consistent. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(untilIdle: boolean): Promise<void> {
    const interval = 1000 / this.options.rate;
    while (this.running) {
      try {
        if (!this.holdLease()) {
          // Another sender drains the queue, this worker's broadcasts too.
          if (untilIdle && !this.hasWaiting()) break;
          await this.sleep(SENDER_POLL_MS);
          continue;
        }
        const round = await this.round(interval);
        // Everything due waits for its chat's one-second gap.
        if (round === 'waiting') await this.sleep(50);
        else if (round === 'idle') {
          if (this.inFlight.size > 0) await Promise.race(this.inFlight.values());
          else {
            this.finishBroadcasts();
            if (untilIdle && !this.hasWaiting()) break;
            await this.sleep(Math.min(200, interval * 4));
          }
        }
      } catch (err) {
        // The store failed (busy, closed): say so and try again shortly rather than stop sending.
        this.options.logger?.error({ err }, 'broadcast worker round failed');
        await this.sleep(1000);
      }
    }
    await Promise.allSettled(this.inFlight.values());
    if (this.heldUntil > 0) {
      this.heldUntil = 0;
      try {
        releaseSender(this.db, this.holder);
      } catch (err) {
        // Then the lease runs out by itself.
        this.options.logger?.error({ err }, 'letting the broadcast lease go failed');
      }
    }
  }

  /** Holds the sending lease, renewed once a third of it is used; false while another sender has it. */
  private holdLease(): boolean {
    const now = Date.now();
    if (this.heldUntil - now > (SENDER_LEASE_MS * 2) / 3) return true;
    if (holdSender(this.db, this.holder, now, now + SENDER_LEASE_MS)) {
      this.heldUntil = now + SENDER_LEASE_MS;
      this.waitingFor = undefined;
      return true;
    }
    this.heldUntil = 0;
    const other = currentSender(this.db, now);
    if (other !== undefined && other !== this.waitingFor) {
      this.waitingFor = other;
      this.options.onWaiting?.(other);
    }
    return false;
  }

  /** Starts the sends whose time has come; 'idle' when there was none, 'waiting' when none could go yet. */
  private async round(interval: number): Promise<'busy' | 'waiting' | 'idle'> {
    const gap = this.options.perChatGapMs ?? 1000;
    const maxInFlight = this.options.maxInFlight ?? 10;
    if (Date.now() < this.pausedUntil) {
      await this.sleep(this.pausedUntil - Date.now());
      return 'busy';
    }
    const due = dueDeliveries(this.db, Date.now(), 50, new Set(this.inFlight.keys()));
    let started = 0;
    for (const d of due) {
      if (!this.running || Date.now() < this.pausedUntil) break;
      while (this.inFlight.size >= maxInFlight) await Promise.race(this.inFlight.values());
      // One a second per chat, judged at the moment of sending (one chat may be due twice in a batch).
      if (Date.now() - (this.lastToChat.get(d.userId) ?? 0) < gap) continue;
      const wait = this.nextSlot - Date.now();
      if (wait > 0) await this.sleep(wait);
      if (!this.running || !this.holdLease()) break;
      // Claimed just before sending: a paused or cancelled broadcast, or a row another worker holds, is
      // left; and nothing is claimed once the sending lease is lost.
      if (!claimDelivery(this.db, d.id, Date.now(), Date.now() + LEASE_MS, this.holder)) continue;
      this.nextSlot = Math.max(Date.now(), this.nextSlot) + interval;
      this.lastToChat.set(d.userId, Date.now());
      const job = this.deliver(d)
        .catch((err: unknown) =>
          this.options.logger?.error({ err, delivery: d.id }, 'recording a broadcast delivery failed'),
        )
        .finally(() => this.inFlight.delete(d.id));
      this.inFlight.set(d.id, job);
      started++;
    }
    return started > 0 ? 'busy' : due.length > 0 ? 'waiting' : 'idle';
  }

  /** Waits, but no longer than the worker runs; a lease held is kept (a 429 may pause sending for long). */
  private async sleep(ms: number): Promise<void> {
    const end = Date.now() + ms;
    while (this.running && Date.now() < end) {
      await sleep(Math.min(200, end - Date.now()));
      try {
        if (this.heldUntil > 0) this.holdLease();
      } catch {
        // A store that fails is met and reported by the round after this wait.
      }
    }
  }

  private async deliver(d: Due): Promise<void> {
    const message = d.content[d.language] ?? d.content.default;
    const button = d.content.button;
    const markup = button
      ? { reply_markup: { inline_keyboard: [[{ text: button.label[d.language], url: button.url }]] } }
      : {};
    this.stats.attempts++;
    try {
      if (d.content.photo) {
        await this.api.sendPhoto(d.userId, d.content.photo, {
          caption: message.text,
          ...(message.entities ? { caption_entities: message.entities } : {}),
          ...markup,
        });
      } else {
        await this.api.sendMessage(d.userId, message.text, {
          ...(message.entities ? { entities: message.entities } : {}),
          ...markup,
        });
      }
    } catch (err) {
      this.failed(d, err);
      return;
    }
    // Sent: recorded apart from the send, so a store error here is never taken for a failed send.
    markSent(this.db, d.id);
    this.options.onOutcome?.('sent', d.broadcastId);
  }

  private failed(d: Due, err: unknown): void {
    const description = err instanceof Error ? err.message : String(err);
    if (err instanceof GrammyError && err.error_code === 429) {
      // Everyone waits: Telegram counts the bot, not the chat.
      const retryAfter = (err.parameters.retry_after ?? 1) * 1000;
      this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfter);
      this.stats.limited++;
      markRetry(this.db, d.id, d.attempts, this.pausedUntil, description);
      this.options.onOutcome?.('limited', d.broadcastId);
      return;
    }
    if (err instanceof GrammyError && err.error_code === 403) {
      markBlocked(this.db, d.id, d.userId, description);
      this.options.onOutcome?.('blocked', d.broadcastId);
      return;
    }
    const attempts = d.attempts + 1;
    // A network error leaves it unknown whether Telegram took the message; a 5xx is its answer.
    const lost = err instanceof HttpError;
    const transient = lost || (err instanceof GrammyError && err.error_code >= 500);
    if (transient && attempts < (this.options.maxAttempts ?? 5)) {
      markRetry(this.db, d.id, attempts, Date.now() + Math.min(60_000, 500 * 2 ** attempts), description, lost);
      this.options.onOutcome?.('retry', d.broadcastId);
      return;
    }
    this.options.logger?.warn({ delivery: d.id, err: description }, 'broadcast delivery failed');
    markFailed(this.db, d.id, attempts, description, lost);
    this.options.onOutcome?.('failed', d.broadcastId);
  }

  /** Marks broadcasts with nothing pending as done (a paused one stays paused). */
  private finishBroadcasts(): void {
    for (const id of unfinishedBroadcasts(this.db)) {
      if (progress(this.db, id).pending === 0) setBroadcastStatus(this.db, id, 'done');
    }
  }

  /** Whether anything is still to be sent by a broadcast that is not paused. */
  private hasWaiting(): boolean {
    return dueDeliveries(this.db, Number.MAX_SAFE_INTEGER, 1).length > 0;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
