// Searches that found nothing, counted per normalized query, for staff to fix the data.
import { sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { searchDays, unanswered } from './schema.ts';

/** Counts a search of today, and whether it found nothing. */
export function countSearch(db: Db, found: boolean, at = new Date()): void {
  const day = at.toISOString().slice(0, 10);
  db.insert(searchDays)
    .values({ day, searches: 1, misses: found ? 0 : 1 })
    .onConflictDoUpdate({ target: searchDays.day, set: { searches: sql`${searchDays.searches} + 1`, misses: sql`${searchDays.misses} + ${found ? 0 : 1}` } })
    .run();
}

export function logUnanswered(db: Db, key: string, typed: string, language: string, at = new Date()): void {
  const now = at.toISOString();
  db.insert(unanswered)
    .values({ query: key, example: typed, count: 1, firstSeen: now, lastSeen: now, language })
    .onConflictDoUpdate({ target: unanswered.query, set: { count: sql`${unanswered.count} + 1`, example: typed, lastSeen: now, language } })
    .run();
}
