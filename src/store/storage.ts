// Storage adapters in the store: grammY sessions and the guides' conversation state, so both
// outlive restarts. Rows of JSON by key; the statements are prepared once per table.
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import { eq, sql } from 'drizzle-orm';
import type { StorageAdapter } from 'grammy';
import type { Db } from './db.ts';
import { conversationState, sessions } from './schema.ts';

class JsonRows {
  private readonly readRow;
  private readonly writeRow;
  private readonly removeRow;

  constructor(db: Db, table: typeof sessions | typeof conversationState) {
    this.readRow = db
      .select()
      .from(table)
      .where(eq(table.key, sql.placeholder('key')))
      .prepare();
    this.writeRow = db
      .insert(table)
      .values({ key: sql.placeholder('key'), value: sql.placeholder('value'), updatedAt: sql.placeholder('updatedAt') })
      .onConflictDoUpdate({
        target: table.key,
        set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` },
      })
      .prepare();
    this.removeRow = db
      .delete(table)
      .where(eq(table.key, sql.placeholder('key')))
      .prepare();
  }

  /** The row under `key`, if any, with its value (undefined when it no longer parses). */
  read(key: string): { value: unknown } | undefined {
    const row = this.readRow.get({ key });
    if (!row) return undefined;
    try {
      return { value: JSON.parse(row.value) as unknown };
    } catch {
      return { value: undefined };
    }
  }

  write(key: string, value: unknown): void {
    this.writeRow.run({ key, value: JSON.stringify(value), updatedAt: new Date().toISOString() });
  }

  remove(key: string): void {
    this.removeRow.run({ key });
  }
}

export function sessionStorage<T>(db: Db, onWriteError?: (err: unknown) => void): StorageAdapter<T> {
  const rows = new JsonRows(db, sessions);
  return {
    // A row that no longer parses is dropped rather than wedging the user's every update.
    read: (key) => rows.read(key)?.value as T | undefined,
    write(key, value) {
      try {
        rows.write(key, value);
      } catch (err) {
        // A store that cannot be written loses this session change, not the answer already given.
        onWriteError?.(err);
      }
    },
    delete: (key) => rows.remove(key),
  };
}

/**
 * The guides' state by chat. State written by another version of the guides is dropped, and
 * `onOutdated` told, so the bot can explain why the guide starts again.
 */
export function conversationStorage<C, S>(
  db: Db,
  version: string,
  keyOf: (ctx: C) => string | undefined,
  onOutdated: (ctx: C) => void,
): VersionedStateStorage<C, S> {
  const rows = new JsonRows(db, conversationState);
  return {
    read(ctx) {
      const key = keyOf(ctx);
      if (key === undefined) return undefined;
      const row = rows.read(key);
      if (row === undefined) return undefined;
      const state = row.value as VersionedState<S> | undefined;
      if (state?.version?.[1] !== version) {
        rows.remove(key);
        onOutdated(ctx);
        return undefined;
      }
      return state;
    },
    write(ctx, state) {
      const key = keyOf(ctx);
      if (key !== undefined) rows.write(key, state);
    },
    delete(ctx) {
      const key = keyOf(ctx);
      if (key !== undefined) rows.remove(key);
    },
  };
}
