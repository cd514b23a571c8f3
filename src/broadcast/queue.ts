// The durable broadcast queue: a broadcast and one delivery row per recipient, in the store, so a
// crash loses nobody and repeats at most the sends that were in flight; and the lease that lets one
// sender at a time drain it, whichever process it runs in.
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { MessageEntity } from 'grammy/types';
import { languageFromTelegram, TOPIC, type Lang } from '../dataset/schema.ts';
import type { Db } from '../store/db.ts';
import { broadcastSender, broadcasts, deliveries, subscriptions, users } from '../store/schema.ts';

/** Write transactions take the write lock at once, so the busy timeout applies rather than a failed upgrade. */
const IMMEDIATE = { behavior: 'immediate' } as const;

export interface MessageContent {
  text: string;
  entities?: MessageEntity[];
}

/** The text for everyone, the versions staff wrote for particular languages, and what goes with it. */
export type BroadcastContent = { default: MessageContent } & Partial<Record<Lang, MessageContent>> & {
    /** A photo (Telegram file_id) sent with the text as its caption. */
    photo?: string;
    /** A button under the message that opens a card in the bot, labelled in each language. */
    button?: { url: string; label: Record<Lang, string> };
  };

export type Audience = { kind: 'all' } | { kind: 'topic'; topic: string } | { kind: 'lang'; lang: Lang };

export function parseAudience(text: string): Audience | undefined {
  if (text === 'all') return { kind: 'all' };
  const topic = text.startsWith('topic:') ? text.slice('topic:'.length) : undefined;
  if (topic !== undefined && TOPIC.test(topic)) return { kind: 'topic', topic };
  const lang = /^lang:(kk|ru|en)$/.exec(text);
  if (lang) return { kind: 'lang', lang: lang[1] as Lang };
  return undefined;
}

export function audienceText(a: Audience): string {
  return a.kind === 'all' ? 'all' : a.kind === 'topic' ? `topic:${a.topic}` : `lang:${a.lang}`;
}

export interface Recipient {
  userId: number;
  language: Lang;
}

/**
 * Who a broadcast reaches. `all`: everyone who started the bot, has not turned news off and has not
 * blocked it; a topic: its followers who have not blocked the bot; a language: `all` in that language.
 */
export function recipients(db: Db, audience: Audience): Recipient[] {
  const rows =
    audience.kind === 'topic'
      ? db
          .select({ id: users.id, language: users.language, telegram: users.telegramLanguage })
          .from(users)
          .innerJoin(subscriptions, and(eq(subscriptions.userId, users.id), eq(subscriptions.topic, audience.topic)))
          .where(and(isNull(users.blockedAt), isNotNull(users.startedAt)))
          .all()
      : db
          .select({ id: users.id, language: users.language, telegram: users.telegramLanguage })
          .from(users)
          .where(and(isNull(users.blockedAt), isNotNull(users.startedAt), eq(users.newsOff, false)))
          .all();
  const out = rows.map((r) => ({
    userId: r.id,
    language: r.language ?? languageFromTelegram(r.telegram ?? undefined),
  }));
  return audience.kind === 'lang' ? out.filter((r) => r.language === audience.lang) : out;
}

/** Creates a broadcast and queues one delivery per recipient, in one transaction. */
export function createBroadcast(
  db: Db,
  content: BroadcastContent,
  audience: Audience,
  createdBy: number | null,
  at = new Date(),
): { id: number; recipients: number } {
  return db.transaction((tx) => {
    const list = recipients(tx as unknown as Db, audience);
    const row = tx
      .insert(broadcasts)
      .values({
        content: JSON.stringify(content),
        audience: audienceText(audience),
        createdBy,
        createdAt: at.toISOString(),
      })
      .returning({ id: broadcasts.id })
      .get();
    for (const r of list) {
      tx.insert(deliveries)
        .values({ broadcastId: row.id, userId: r.userId, language: r.language })
        .onConflictDoNothing()
        .run();
    }
    return { id: row.id, recipients: list.length };
  }, IMMEDIATE);
}

/**
 * Takes the sending lease for `holder` until `until`, or extends it; false while another holder's
 * lease runs. One sender at a time keeps all processes within one rate budget.
 */
export function holdSender(db: Db, holder: string, now: number, until: number): boolean {
  return db.transaction((tx) => {
    const current = tx.select().from(broadcastSender).where(eq(broadcastSender.id, 1)).get();
    if (current && current.holder !== holder && current.until > now) return false;
    tx.insert(broadcastSender)
      .values({ id: 1, holder, until })
      .onConflictDoUpdate({ target: broadcastSender.id, set: { holder, until } })
      .run();
    return true;
  }, IMMEDIATE);
}

/** Lets the lease go, so another sender takes over at once. */
export function releaseSender(db: Db, holder: string): void {
  db.update(broadcastSender)
    .set({ until: 0 })
    .where(and(eq(broadcastSender.id, 1), eq(broadcastSender.holder, holder)))
    .run();
}

/** The sender whose lease is running, if any. */
export function currentSender(db: Db, now: number): string | undefined {
  return db
    .select({ holder: broadcastSender.holder })
    .from(broadcastSender)
    .where(and(eq(broadcastSender.id, 1), gt(broadcastSender.until, now)))
    .get()?.holder;
}

export interface Progress {
  total: number;
  sent: number;
  blocked: number;
  failed: number;
  pending: number;
}

/**
 * Seconds until the deliveries still pending are done, at the pace since `since` (when `doneThen`
 * of them were done); 0 while nothing has moved yet.
 */
export function secondsLeft(p: Progress, since: { at: number; doneThen: number }, now = Date.now()): number {
  const done = p.sent + p.blocked + p.failed;
  const rate = (done - since.doneThen) / Math.max(1, (now - since.at) / 1000);
  return rate > 0 ? Math.ceil(p.pending / rate) : 0;
}

/** Delivery figures of one broadcast, or of all of them. */
export function progress(db: Db, broadcastId?: number): Progress {
  const rows = db
    .select({ status: deliveries.status, n: sql<number>`count(*)` })
    .from(deliveries)
    .where(broadcastId === undefined ? undefined : eq(deliveries.broadcastId, broadcastId))
    .groupBy(deliveries.status)
    .all();
  const p: Progress = { total: 0, sent: 0, blocked: 0, failed: 0, pending: 0 };
  for (const r of rows) {
    // A row being sent is still to be delivered.
    p[r.status === 'sending' ? 'pending' : r.status] += r.n;
    p.total += r.n;
  }
  return p;
}

export interface Due {
  id: number;
  broadcastId: number;
  userId: number;
  language: Lang;
  attempts: number;
  content: BroadcastContent;
}

const claimable = (now: number) =>
  and(
    or(eq(deliveries.status, 'pending'), and(eq(deliveries.status, 'sending'), lte(deliveries.leaseUntil, now))),
    lte(deliveries.nextAttemptAt, now),
  );

/** Deliveries whose time has come, of broadcasts that are sending, oldest first. */
export function dueDeliveries(db: Db, now: number, limit: number, skip: ReadonlySet<number> = new Set()): Due[] {
  const rows = db
    .select({ d: deliveries, content: broadcasts.content })
    .from(deliveries)
    .innerJoin(broadcasts, eq(broadcasts.id, deliveries.broadcastId))
    .where(and(claimable(now), sql`${broadcasts.status} in ('queued', 'running')`))
    .orderBy(asc(deliveries.id))
    .limit(limit + skip.size)
    .all();
  return rows
    .filter((r) => !skip.has(r.d.id))
    .slice(0, limit)
    .map((r) => ({
      id: r.d.id,
      broadcastId: r.d.broadcastId,
      userId: r.d.userId,
      language: r.d.language,
      attempts: r.d.attempts,
      content: JSON.parse(r.content) as BroadcastContent,
    }));
}

/**
 * Takes a delivery for sending until `leaseUntil`, if `sender` holds the sending lease, nobody holds
 * the row and its broadcast is still sending (a pause or cancel takes effect at once). Two workers
 * never send the same row; a worker killed mid-send leaves a lease that runs out, and the row is sent
 * again — at most the sends in flight, each counted as uncertain.
 */
export function claimDelivery(db: Db, id: number, now: number, leaseUntil: number, sender: string): boolean {
  return db.transaction((tx) => {
    const held = tx
      .select({ id: broadcastSender.id })
      .from(broadcastSender)
      .where(and(eq(broadcastSender.holder, sender), gt(broadcastSender.until, now)))
      .get();
    if (!held) return false;
    const live = tx
      .select({ status: broadcasts.status })
      .from(deliveries)
      .innerJoin(broadcasts, eq(broadcasts.id, deliveries.broadcastId))
      .where(eq(deliveries.id, id))
      .get();
    if (!live || (live.status !== 'queued' && live.status !== 'running')) return false;
    const claimed =
      tx
        .update(deliveries)
        // Taken from a sender that stopped mid-send: that send may have arrived.
        .set({
          status: 'sending',
          leaseUntil,
          uncertain: sql`${deliveries.uncertain} + (${deliveries.status} = 'sending')`,
        })
        .where(and(eq(deliveries.id, id), claimable(now)))
        .run().changes === 1;
    if (claimed && live.status === 'queued')
      tx.update(broadcasts)
        .set({ status: 'running' })
        .where(sql`${broadcasts.id} = (select broadcast_id from deliveries where id = ${id})`)
        .run();
    return claimed;
  }, IMMEDIATE);
}

export function markSent(db: Db, id: number, at = new Date()): void {
  db.update(deliveries)
    .set({ status: 'sent', sentAt: at.toISOString(), lastError: null })
    .where(eq(deliveries.id, id))
    .run();
}

/** The user blocked the bot: this delivery and the user are marked, and later audiences skip them. */
export function markBlocked(db: Db, id: number, userId: number, error: string, at = new Date()): void {
  db.transaction((tx) => {
    tx.update(deliveries).set({ status: 'blocked', lastError: error }).where(eq(deliveries.id, id)).run();
    tx.update(users).set({ blockedAt: at.toISOString() }).where(eq(users.id, userId)).run();
  }, IMMEDIATE);
}

/** Tried again at `nextAttemptAt`; `uncertain` when the failed attempt may still have arrived (a network error). */
export function markRetry(
  db: Db,
  id: number,
  attempts: number,
  nextAttemptAt: number,
  error: string,
  uncertain = false,
): void {
  db.update(deliveries)
    .set({
      status: 'pending',
      attempts,
      nextAttemptAt,
      leaseUntil: 0,
      lastError: error,
      ...(uncertain ? { uncertain: sql`${deliveries.uncertain} + 1` } : {}),
    })
    .where(eq(deliveries.id, id))
    .run();
}

/**
 * Recipients of these broadcasts who may have a message twice: sent after an attempt whose outcome
 * was never known. Every other delivery went out once (one row per recipient, claimed before sending).
 */
export function possibleDuplicates(db: Db, broadcastIds: number[]): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(deliveries)
      .where(
        and(inArray(deliveries.broadcastId, broadcastIds), eq(deliveries.status, 'sent'), gt(deliveries.uncertain, 0)),
      )
      .get()?.n ?? 0
  );
}

export function markFailed(db: Db, id: number, attempts: number, error: string, uncertain = false): void {
  db.update(deliveries)
    .set({
      status: 'failed',
      attempts,
      lastError: error,
      ...(uncertain ? { uncertain: sql`${deliveries.uncertain} + 1` } : {}),
    })
    .where(eq(deliveries.id, id))
    .run();
}

export type BroadcastStatus = (typeof broadcasts.$inferSelect)['status'];

/**
 * Which status each may move to: cancelled is final, done only goes back to the queue through
 * resendFailed, only a paused one resumes.
 */
const TRANSITIONS: Record<BroadcastStatus, BroadcastStatus[]> = {
  queued: ['running', 'paused', 'cancelled', 'done'],
  running: ['paused', 'cancelled', 'done'],
  paused: ['running', 'cancelled'],
  cancelled: [],
  done: [],
};

/** Moves a broadcast to `status` when that move is allowed; returns whether it moved. */
export function setBroadcastStatus(db: Db, id: number, status: BroadcastStatus): boolean {
  return db.transaction((tx) => {
    const current = tx.select({ status: broadcasts.status }).from(broadcasts).where(eq(broadcasts.id, id)).get();
    if (!current || !TRANSITIONS[current.status].includes(status)) return false;
    tx.update(broadcasts)
      .set({ status, ...(status === 'done' || status === 'cancelled' ? { finishedAt: new Date().toISOString() } : {}) })
      .where(eq(broadcasts.id, id))
      .run();
    return true;
  }, IMMEDIATE);
}

/**
 * Queues a finished broadcast again for the recipients it failed to reach — never those who got it,
 * nor those who blocked the bot. Returns how many; 0 when it is not finished (a second tap finds it
 * queued) or nobody failed, and then nothing changes.
 */
export function resendFailed(db: Db, id: number): number {
  return db.transaction((tx) => {
    const current = tx.select({ status: broadcasts.status }).from(broadcasts).where(eq(broadcasts.id, id)).get();
    if (current?.status !== 'done') return 0;
    const { changes } = tx
      .update(deliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: 0, leaseUntil: 0, resends: sql`${deliveries.resends} + 1` })
      .where(and(eq(deliveries.broadcastId, id), eq(deliveries.status, 'failed')))
      .run();
    if (changes === 0) return 0;
    tx.update(broadcasts)
      .set({ status: 'queued', finishedAt: null, resends: sql`${broadcasts.resends} + 1` })
      .where(eq(broadcasts.id, id))
      .run();
    return changes;
  }, IMMEDIATE);
}

/** A broadcast's number, status and when it was made; undefined when there is none. */
export function broadcastStatus(
  db: Db,
  id: number,
): { id: number; status: BroadcastStatus; createdAt: string } | undefined {
  return db
    .select({ id: broadcasts.id, status: broadcasts.status, createdAt: broadcasts.createdAt })
    .from(broadcasts)
    .where(eq(broadcasts.id, id))
    .get();
}

/** Broadcasts still to send (queued, running or paused), oldest first. */
export function unfinishedBroadcasts(db: Db): number[] {
  return db
    .select({ id: broadcasts.id })
    .from(broadcasts)
    .where(sql`${broadcasts.status} in ('queued', 'running', 'paused')`)
    .orderBy(asc(broadcasts.id))
    .all()
    .map((r) => r.id);
}
