// grammY session storage in the store, so sessions outlive restarts.
import { eq } from 'drizzle-orm';
import type { StorageAdapter } from 'grammy';
import type { Db } from './open.ts';
import { sessions } from './schema.ts';

export function sessionStorage<T>(db: Db, onWriteError?: (err: unknown) => void): StorageAdapter<T> {
  return {
    read(key) {
      const row = db.select().from(sessions).where(eq(sessions.key, key)).get();
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as T;
      } catch {
        // A row that no longer parses is dropped rather than wedging the user's every update.
        return undefined;
      }
    },
    write(key, value) {
      const row = { key, value: JSON.stringify(value), updatedAt: new Date().toISOString() };
      try {
        db.insert(sessions).values(row).onConflictDoUpdate({ target: sessions.key, set: { value: row.value, updatedAt: row.updatedAt } }).run();
      } catch (err) {
        // A store that cannot be written loses this session change, not the answer already given.
        onWriteError?.(err);
      }
    },
    delete(key) {
      db.delete(sessions).where(eq(sessions.key, key)).run();
    },
  };
}
