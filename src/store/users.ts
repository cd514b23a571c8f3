// Users of the bot and the language each chose.
import { eq } from 'drizzle-orm';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from './open.ts';
import { users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export interface SeenUser {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
}

/** Records that a user was seen now (creating them on first sight) and returns their row. */
/**
 * Records that a user was seen now (creating them on first sight) and returns their row. Only a user
 * seen in a private chat (`inPrivate`) has started the bot and can be sent news.
 */
export function touchUser(db: Db, from: SeenUser, at = new Date(), inPrivate = true): UserRow {
  const now = at.toISOString();
  const row = db
    .insert(users)
    .values({ id: from.id, firstName: from.first_name ?? '', username: from.username ?? null, telegramLanguage: from.language_code ?? null, firstSeen: now, lastSeen: now, startedAt: inPrivate ? now : null })
    .onConflictDoUpdate({
      target: users.id,
      // A user who writes to the bot again has unblocked it.
      set: { firstName: from.first_name ?? '', username: from.username ?? null, telegramLanguage: from.language_code ?? null, lastSeen: now, ...(inPrivate ? { blockedAt: null } : {}) },
    })
    .returning()
    .get();
  if (inPrivate && !row.startedAt) {
    db.update(users).set({ startedAt: now }).where(eq(users.id, from.id)).run();
    return { ...row, startedAt: now };
  }
  return row;
}

export function markUserBlocked(db: Db, id: number, at = new Date()): void {
  db.update(users).set({ blockedAt: at.toISOString() }).where(eq(users.id, id)).run();
}

export function setLanguage(db: Db, id: number, language: Lang): void {
  db.update(users).set({ language }).where(eq(users.id, id)).run();
}
