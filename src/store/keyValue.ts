// Rows of JSON kept by key (sessions, guide states), read and written on every update: the statements
// are prepared once per store, as building a Drizzle query and preparing it costs more than running it.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './open.ts';
import { memoByObject } from '../memo.ts';
import { conversationState, sessions } from './schema.ts';

function statementsFor(table: typeof sessions | typeof conversationState) {
  return memoByObject((db: Db) => ({
    read: db.select().from(table).where(eq(table.key, sql.placeholder('key'))).prepare(),
    write: db
      .insert(table)
      .values({ key: sql.placeholder('key'), value: sql.placeholder('value'), updatedAt: sql.placeholder('updatedAt') })
      .onConflictDoUpdate({ target: table.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } })
      .prepare(),
    remove: db.delete(table).where(eq(table.key, sql.placeholder('key'))).prepare(),
  }));
}

export const sessionRows = statementsFor(sessions);
export const conversationRows = statementsFor(conversationState);
