// Searches counted per day, and those that found nothing per normalized query, for staff to fix the data.
import { sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { searchDays, unanswered } from './schema.ts';

export class SearchLogRepository {
  // Written by every search: the statements are prepared once.
  private readonly count;
  private readonly miss;

  constructor(db: Db) {
    this.count = db
      .insert(searchDays)
      .values({ day: sql.placeholder('day'), searches: 1, misses: sql.placeholder('misses') })
      .onConflictDoUpdate({
        target: searchDays.day,
        set: { searches: sql`${searchDays.searches} + 1`, misses: sql`${searchDays.misses} + excluded.misses` },
      })
      .prepare();
    this.miss = db
      .insert(unanswered)
      .values({
        query: sql.placeholder('query'),
        example: sql.placeholder('example'),
        count: 1,
        firstSeen: sql.placeholder('now'),
        lastSeen: sql.placeholder('now'),
        language: sql.placeholder('language'),
      })
      .onConflictDoUpdate({
        target: unanswered.query,
        set: {
          count: sql`${unanswered.count} + 1`,
          example: sql`excluded.example`,
          lastSeen: sql`excluded.last_seen`,
          language: sql`excluded.language`,
        },
      })
      .prepare();
  }

  /** Counts a search of today, and whether it found nothing. */
  countSearch(found: boolean, at = new Date()): void {
    this.count.run({ day: at.toISOString().slice(0, 10), misses: found ? 0 : 1 });
  }

  /** A search that found nothing: `key` is the normalized query, `typed` what the user typed. */
  logUnanswered(key: string, typed: string, language: string, at = new Date()): void {
    this.miss.run({ query: key, example: typed, now: at.toISOString(), language });
  }
}
