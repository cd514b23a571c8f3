// Searches counted per day, and those that found nothing per normalized query, for staff to fix the data.
// What people typed is kept with its contacts masked, and for UNANSWERED_DAYS after it was last typed.
import { eq, lt, sql } from 'drizzle-orm';
import { maskContacts } from '../search/contacts.ts';
import { words } from '../search/normalize.ts';
import type { Db } from './db.ts';
import { searchDays, unanswered } from './schema.ts';

/** What an unanswered question was understood to ask (see the table `unanswered`). */
export interface Unmet {
  asked: 'nothing' | 'outside' | 'figure';
  entity?: string;
  measure?: string;
}

/** How long a query that found nothing is kept after it was last typed. */
export const UNANSWERED_DAYS = 90;

/** Staff read these: lower case, punctuation gone, Kazakh letters kept, contacts masked. */
const keyOf = (query: string) => words(maskContacts(query)).join(' ');
const cutoff = (at: Date) => new Date(at.getTime() - UNANSWERED_DAYS * 86_400_000).toISOString();

export class SearchLogRepository {
  // Written by every search: the statements are prepared once.
  private readonly count;
  private readonly miss;

  constructor(private readonly db: Db) {
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
        asked: sql.placeholder('asked'),
        entity: sql.placeholder('entity'),
        measure: sql.placeholder('measure'),
      })
      .onConflictDoUpdate({
        target: unanswered.query,
        set: {
          count: sql`${unanswered.count} + 1`,
          example: sql`excluded.example`,
          lastSeen: sql`excluded.last_seen`,
          language: sql`excluded.language`,
          asked: sql`excluded.asked`,
          entity: sql`excluded.entity`,
          measure: sql`excluded.measure`,
        },
      })
      .prepare();
  }

  /** Counts a search of today, and whether it found nothing. */
  countSearch(found: boolean, at = new Date()): void {
    this.count.run({ day: at.toISOString().slice(0, 10), misses: found ? 0 : 1 });
  }

  /**
   * A question that got no answer: `query` as typed, `example` the part of it staff are shown, `unmet`
   * what it was understood to ask. Queries that were last typed too long ago go at the same time.
   */
  logUnanswered(query: string, example: string, language: string, unmet: Unmet, at = new Date()): void {
    const key = keyOf(query);
    if (!key) return;
    this.db.transaction(
      (tx) => {
        this.miss.run({
          query: key,
          example: maskContacts(example),
          now: at.toISOString(),
          language,
          asked: unmet.asked,
          entity: unmet.entity ?? null,
          measure: unmet.measure ?? null,
        });
        tx.delete(unanswered)
          .where(lt(unanswered.lastSeen, cutoff(at)))
          .run();
      },
      { behavior: 'immediate' },
    );
  }

  /**
   * At start: forgets what is past keeping, and masks contacts in what was logged before they were
   * masked (a row whose key changes is merged into the row of its masked key).
   */
  tidy(at = new Date()): void {
    this.db.transaction(
      (tx) => {
        tx.delete(unanswered)
          .where(lt(unanswered.lastSeen, cutoff(at)))
          .run();
        for (const row of tx.select().from(unanswered).all()) {
          // From what was typed: an old key already lost the "@" and "." that show an e-mail.
          const key = keyOf(row.example);
          const example = maskContacts(row.example);
          if (key === row.query && example === row.example) continue;
          tx.delete(unanswered).where(eq(unanswered.query, row.query)).run();
          if (!key) continue;
          tx.insert(unanswered)
            .values({ ...row, query: key, example })
            .onConflictDoUpdate({
              target: unanswered.query,
              set: {
                count: sql`${unanswered.count} + excluded.count`,
                firstSeen: sql`min(${unanswered.firstSeen}, excluded.first_seen)`,
                lastSeen: sql`max(${unanswered.lastSeen}, excluded.last_seen)`,
              },
            })
            .run();
        }
      },
      { behavior: 'immediate' },
    );
  }
}
