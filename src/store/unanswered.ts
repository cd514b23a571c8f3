// Searches that found nothing, counted per normalized query, for staff to fix the data.
import { sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { memoByObject } from '../memo.ts';
import { searchDays, unanswered } from './schema.ts';

// Prepared once per store: these run for every search.
const count = memoByObject((db: Db) =>
  db
    .insert(searchDays)
    .values({ day: sql.placeholder('day'), searches: 1, misses: sql.placeholder('miss') })
    .onConflictDoUpdate({ target: searchDays.day, set: { searches: sql`${searchDays.searches} + 1`, misses: sql`${searchDays.misses} + excluded.misses` } })
    .prepare(),
);

/** Counts a search of today, and whether it found nothing. */
export function countSearch(db: Db, found: boolean, at = new Date()): void {
  count(db).run({ day: at.toISOString().slice(0, 10), miss: found ? 0 : 1 });
}

const logMiss = memoByObject((db: Db) =>
  db
    .insert(unanswered)
    .values({ query: sql.placeholder('query'), example: sql.placeholder('example'), count: 1, firstSeen: sql.placeholder('now'), lastSeen: sql.placeholder('now'), language: sql.placeholder('language') })
    .onConflictDoUpdate({ target: unanswered.query, set: { count: sql`${unanswered.count} + 1`, example: sql`excluded.example`, lastSeen: sql`excluded.last_seen`, language: sql`excluded.language` } })
    .prepare(),
);

export function logUnanswered(db: Db, key: string, typed: string, language: string, at = new Date()): void {
  logMiss(db).run({ query: key, example: typed, now: at.toISOString(), language });
}
