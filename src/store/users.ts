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
export function touchUser(db: Db, from: SeenUser, at = new Date()): UserRow {
  const now = at.toISOString();
  return db
    .insert(users)
    .values({ id: from.id, firstName: from.first_name ?? '', username: from.username ?? null, telegramLanguage: from.language_code ?? null, firstSeen: now, lastSeen: now })
    .onConflictDoUpdate({
      target: users.id,
      // A user who writes again has unblocked the bot.
      set: { firstName: from.first_name ?? '', username: from.username ?? null, telegramLanguage: from.language_code ?? null, lastSeen: now, blockedAt: null },
    })
    .returning()
    .get();
}

export function markUserBlocked(db: Db, id: number, at = new Date()): void {
  db.update(users).set({ blockedAt: at.toISOString() }).where(eq(users.id, id)).run();
}

export function setLanguage(db: Db, id: number, language: Lang): void {
  db.update(users).set({ language }).where(eq(users.id, id)).run();
}
