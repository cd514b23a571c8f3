// Searches that found nothing, counted per normalized query, for staff to fix the data.
import { desc, sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { unanswered } from './schema.ts';

export function logUnanswered(db: Db, key: string, typed: string, language: string, at = new Date()): void {
  const now = at.toISOString();
  db.insert(unanswered)
    .values({ query: key, example: typed, count: 1, firstSeen: now, lastSeen: now, language })
    .onConflictDoUpdate({ target: unanswered.query, set: { count: sql`${unanswered.count} + 1`, example: typed, lastSeen: now, language } })
    .run();
}

export function topUnanswered(db: Db, limit = 20): Array<typeof unanswered.$inferSelect> {
  return db.select().from(unanswered).orderBy(desc(unanswered.count), desc(unanswered.lastSeen)).limit(limit).all();
}
