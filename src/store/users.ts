// Users of the bot and the language each chose.
import { eq, sql } from 'drizzle-orm';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from './open.ts';
import { keepWithin, memoByObject } from '../memo.ts';
import { users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export interface SeenUser {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
}

// Prepared once per store: building a Drizzle query and preparing it costs more than running it.
const upsert = memoByObject((db: Db) => {
  const build = (inPrivate: boolean) =>
    db
      .insert(users)
      .values({
        id: sql.placeholder('id'),
        firstName: sql.placeholder('firstName'),
        username: sql.placeholder('username'),
        telegramLanguage: sql.placeholder('telegramLanguage'),
        firstSeen: sql.placeholder('now'),
        lastSeen: sql.placeholder('now'),
        startedAt: inPrivate ? sql.placeholder('now') : null,
      })
      .onConflictDoUpdate({
        target: users.id,
        set: {
          firstName: sql`excluded.first_name`,
          username: sql`excluded.username`,
          telegramLanguage: sql`excluded.telegram_language`,
          lastSeen: sql`excluded.last_seen`,
          // A user seen in a private chat has started the bot; one who writes to it again has unblocked it.
          ...(inPrivate ? { startedAt: sql`coalesce(${users.startedAt}, excluded.started_at)`, blockedAt: null } : {}),
        },
      })
      .returning()
      .prepare();
  return { inPrivate: build(true), elsewhere: build(false) };
});

const readUser = memoByObject((db: Db) => db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare());

/** How exact "last seen" is: activity is counted by days, so a minute is plenty. */
const SEEN_PRECISION_MS = 60_000;

/** The row already says what a touch now would write (within SEEN_PRECISION_MS). */
function unchanged(row: UserRow, from: SeenUser, at: Date, inPrivate: boolean): boolean {
  const age = at.getTime() - Date.parse(row.lastSeen);
  return (
    age >= 0 &&
    age < SEEN_PRECISION_MS &&
    row.firstName === (from.first_name ?? '') &&
    row.username === (from.username ?? null) &&
    row.telegramLanguage === (from.language_code ?? null) &&
    (!inPrivate || (row.startedAt !== null && row.blockedAt === null))
  );
}

/**
 * The row touchUser last read or wrote, by user: most updates come from someone seen a moment ago,
 * who then costs neither a write nor a read. Every write to a user's row goes through this module
 * and forgets them (forgetUser). A write by another process (the broadcast command marking a user
 * blocked) reaches touchUser's decision with the user's next write, within SEEN_PRECISION_MS.
 */
const recentRows = memoByObject((_db: Db) => new Map<number, UserRow>());
/** Enough for every user active within a minute; past it the list starts over. */
const MAX_RECENT = 20_000;

/** The user's row is about to change: touchUser reads it anew. */
export function forgetUser(db: Db, id: number): void {
  recentRows(db).delete(id);
}

/**
 * Records that a user was seen now (creating them on first sight) and returns their row. Only a user
 * seen in a private chat (`inPrivate`) has started the bot and can be sent news.
 */
export function touchUser(db: Db, from: SeenUser, at = new Date(), inPrivate = true): UserRow {
  const recent = recentRows(db);
  const seen = recent.get(from.id);
  if (seen && unchanged(seen, from, at, inPrivate)) return seen;
  return keepWithin(recent, MAX_RECENT, from.id, recordUser(db, from, at, inPrivate));
}

/** The user's row, written only when it does not already say what a touch now would write. */
function recordUser(db: Db, from: SeenUser, at: Date, inPrivate: boolean): UserRow {
  const known = readUser(db).get({ id: from.id });
  if (known && unchanged(known, from, at, inPrivate)) return known;
  const statements = upsert(db);
  const row = (inPrivate ? statements.inPrivate : statements.elsewhere).get({
    id: from.id,
    firstName: from.first_name ?? '',
    username: from.username ?? null,
    telegramLanguage: from.language_code ?? null,
    now: at.toISOString(),
  });
  if (!row) throw new Error(`user ${from.id} was not recorded`);
  return row;
}

export function markUserBlocked(db: Db, id: number, at = new Date()): void {
  forgetUser(db, id);
  db.update(users).set({ blockedAt: at.toISOString() }).where(eq(users.id, id)).run();
}

export function setLanguage(db: Db, id: number, language: Lang): void {
  forgetUser(db, id);
  db.update(users).set({ language }).where(eq(users.id, id)).run();
}
