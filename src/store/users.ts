// Users of the bot and the language each chose.
import { eq, sql } from 'drizzle-orm';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from './db.ts';
import { users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export interface SeenUser {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
}

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

export class UserRepository {
  // Every update reads its user: the statements are prepared once.
  private readonly read;
  private readonly upsert;

  constructor(private readonly db: Db) {
    this.read = db
      .select()
      .from(users)
      .where(eq(users.id, sql.placeholder('id')))
      .prepare();
    const upsert = (inPrivate: boolean) =>
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
            // Seen in a private chat: the user has started the bot; one who writes again has unblocked it.
            ...(inPrivate
              ? { startedAt: sql`coalesce(${users.startedAt}, excluded.started_at)`, blockedAt: null }
              : {}),
          },
        })
        .returning()
        .prepare();
    this.upsert = { inPrivate: upsert(true), elsewhere: upsert(false) };
  }

  /**
   * Records that a user was seen now (creating them on first sight) and returns their row, written
   * only when it does not already say so. Only a user seen in a private chat (`inPrivate`) has
   * started the bot and can be sent news.
   */
  touch(from: SeenUser, at = new Date(), inPrivate = true): UserRow {
    const known = this.read.get({ id: from.id });
    if (known && unchanged(known, from, at, inPrivate)) return known;
    const row = (inPrivate ? this.upsert.inPrivate : this.upsert.elsewhere).get({
      id: from.id,
      firstName: from.first_name ?? '',
      username: from.username ?? null,
      telegramLanguage: from.language_code ?? null,
      now: at.toISOString(),
    });
    if (!row) throw new Error(`user ${from.id} was not recorded`);
    return row;
  }

  get(id: number): UserRow | undefined {
    return this.read.get({ id });
  }

  markBlocked(id: number, at = new Date()): void {
    this.db.update(users).set({ blockedAt: at.toISOString() }).where(eq(users.id, id)).run();
  }

  setLanguage(id: number, language: Lang): void {
    this.db.update(users).set({ language }).where(eq(users.id, id)).run();
  }

  setNews(id: number, on: boolean): void {
    this.db.update(users).set({ newsOff: !on }).where(eq(users.id, id)).run();
  }
}
