// Storage adapters in the store: grammY sessions and the guides' conversation state, so both
// outlive restarts. Rows of JSON by key; the statements are prepared once per table.
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import { eq, lt, sql } from 'drizzle-orm';
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
  read(key: string): { value: unknown; size: number; updatedAt: string } | undefined {
    const row = this.readRow.get({ key });
    if (!row) return undefined;
    const { size, updatedAt } = { size: row.value.length, updatedAt: row.updatedAt };
    try {
      return { value: JSON.parse(row.value) as unknown, size, updatedAt };
    } catch {
      return { value: undefined, size, updatedAt };
    }
  }

  write(key: string, value: unknown, maxSize = Infinity): boolean {
    const json = JSON.stringify(value);
    if (json.length > maxSize) return false;
    this.writeRow.run({ key, value: json, updatedAt: new Date().toISOString() });
    return true;
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

/** A guide nobody answered for this long is closed, and its state removed. */
export const GUIDE_IDLE_MS = 24 * 60 * 60 * 1000;
/**
 * The most a guide's state may take. The guides keep only the path to the current question (a few
 * KB); more means something went wrong, and the guide is closed rather than the store filled.
 */
export const MAX_GUIDE_STATE = 64 * 1024;

/** Why a guide's saved state was dropped: the user is told which. */
export type GuideDrop = 'outdated' | 'expired' | 'lost';

/**
 * The guides' state by chat. State written by another version of the guides, left idle for
 * GUIDE_IDLE_MS, or that cannot be read (or grew past MAX_GUIDE_STATE) is dropped, and `onDropped`
 * told, so the bot can explain why the guide starts again.
 */
export function conversationStorage<C, S>(
  db: Db,
  version: string,
  keyOf: (ctx: C) => string | undefined,
  onDropped: (ctx: C, why: GuideDrop) => void,
): VersionedStateStorage<C, S> {
  const rows = new JsonRows(db, conversationState);
  const drop = (ctx: C, key: string, why: GuideDrop) => {
    rows.remove(key);
    onDropped(ctx, why);
    return undefined;
  };
  return {
    read(ctx) {
      const key = keyOf(ctx);
      if (key === undefined) return undefined;
      const row = rows.read(key);
      if (row === undefined) return undefined;
      if (Date.now() - Date.parse(row.updatedAt) > GUIDE_IDLE_MS) return drop(ctx, key, 'expired');
      const state = row.value as VersionedState<S> | undefined;
      if (row.size > MAX_GUIDE_STATE || !Array.isArray(state?.version) || typeof state.state !== 'object')
        return drop(ctx, key, 'lost');
      if (state.version[1] !== version) return drop(ctx, key, 'outdated');
      return state;
    },
    write(ctx, state) {
      const key = keyOf(ctx);
      if (key !== undefined && !rows.write(key, state, MAX_GUIDE_STATE)) drop(ctx, key, 'lost');
    },
    delete(ctx) {
      const key = keyOf(ctx);
      if (key !== undefined) rows.remove(key);
    },
  };
}

/** Removes the state of guides nobody answered for GUIDE_IDLE_MS; how many. */
export function forgetIdleGuides(db: Db, now = Date.now()): number {
  const before = new Date(now - GUIDE_IDLE_MS).toISOString();
  return db.delete(conversationState).where(lt(conversationState.updatedAt, before)).run().changes;
}
