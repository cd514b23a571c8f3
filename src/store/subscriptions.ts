// Who follows what: the general news (on unless turned off) and topics — a zone, a district, SEZ news, SME parks.
import { and, eq, sql } from 'drizzle-orm';
import { keepWithin, memoByObject } from '../memo.ts';
import type { Db } from './open.ts';
import { subscriptions, users } from './schema.ts';
import { forgetUser } from './users.ts';

export const TOPIC = /^((?:zone|district):[a-z0-9]+(?:-[a-z0-9]+)*|sez|parks)$/;

export function setNews(db: Db, userId: number, on: boolean): void {
  forgetUser(db, userId);
  db.update(users).set({ newsOff: !on }).where(eq(users.id, userId)).run();
}

// Prepared once per store: every card a user opens shows whether they follow it.
const topicsStatement = memoByObject((db: Db) =>
  db
    .select({ topic: subscriptions.topic })
    .from(subscriptions)
    .where(eq(subscriptions.userId, sql.placeholder('userId')))
    .prepare(),
);

/**
 * Each user's topics once read, kept up to date by toggleTopic, the only writer of the table (and the
 * bot the only process that runs it): a card opened again costs no read.
 */
const topicsByUser = memoByObject((_db: Db) => new Map<number, readonly string[]>());
/** Past this many users the list starts over. */
const MAX_KEPT = 20_000;

export function topicsOf(db: Db, userId: number): readonly string[] {
  const kept = topicsByUser(db);
  const known = kept.get(userId);
  if (known) return known;
  const topics = topicsStatement(db)
    .all({ userId })
    .map((r) => r.topic);
  return keepWithin(kept, MAX_KEPT, userId, topics);
}

/** Follows a topic, or stops following it; returns whether the user follows it now. */
export function toggleTopic(db: Db, userId: number, topic: string, at = new Date()): boolean {
  topicsByUser(db).delete(userId);
  const existing = db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), eq(subscriptions.topic, topic)))
    .get();
  if (existing) {
    db.delete(subscriptions).where(and(eq(subscriptions.userId, userId), eq(subscriptions.topic, topic))).run();
    return false;
  }
  db.insert(subscriptions).values({ userId, topic, createdAt: at.toISOString() }).run();
  return true;
}
