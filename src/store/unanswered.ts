// Searches that found nothing, counted per normalized query, for staff to fix the data.
import { sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { unanswered } from './schema.ts';

export function logUnanswered(db: Db, key: string, typed: string, language: string, at = new Date()): void {
  const now = at.toISOString();
  db.insert(unanswered)
    .values({ query: key, example: typed, count: 1, firstSeen: now, lastSeen: now, language })
    .onConflictDoUpdate({ target: unanswered.query, set: { count: sql`${unanswered.count} + 1`, example: typed, lastSeen: now, language } })
    .run();
}
