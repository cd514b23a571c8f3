// Searches counted per day, and those that found nothing per normalized query, for staff to fix the data.
import { sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { getOrAdd, memoByObject } from '../memo.ts';
import { searchDays, unanswered } from './schema.ts';

// Added to the store together, at most FLUSH_MS after the search: a write per search cost more than
// the search itself (npm run bench). Whoever reads the counts (/stats) or closes the store flushes first.
const add = memoByObject((db: Db) =>
  db
    .insert(searchDays)
    .values({ day: sql.placeholder('day'), searches: sql.placeholder('searches'), misses: sql.placeholder('misses') })
    .onConflictDoUpdate({ target: searchDays.day, set: { searches: sql`${searchDays.searches} + excluded.searches`, misses: sql`${searchDays.misses} + excluded.misses` } })
    .prepare(),
);

const FLUSH_MS = 1000;

interface Tally {
  days: Map<string, { searches: number; misses: number }>;
  timer?: NodeJS.Timeout;
}
const tallies = memoByObject((_db: Db): Tally => ({ days: new Map() }));

/** Counts a search of today, and whether it found nothing. */
export function countSearch(db: Db, found: boolean, at = new Date()): void {
  const tally = tallies(db);
  const day = at.toISOString().slice(0, 10);
  const counts = getOrAdd(tally.days, day, () => ({ searches: 0, misses: 0 }));
  counts.searches++;
  if (!found) counts.misses++;
  tally.timer ??= setTimeout(() => {
    try {
      flushSearchCounts(db);
    } catch {
      // The store cannot be written now (read-only, full): the counts wait for the next flush.
    }
  }, FLUSH_MS).unref();
}

/** Writes the searches counted since the last flush; on failure they are kept and it throws. */
export function flushSearchCounts(db: Db): void {
  const tally = tallies(db);
  clearTimeout(tally.timer);
  tally.timer = undefined;
  if (tally.days.size === 0) return;
  db.transaction(() => {
    for (const [day, counts] of tally.days) add(db).run({ day, ...counts });
  });
  tally.days.clear();
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
