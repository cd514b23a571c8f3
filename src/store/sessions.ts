// grammY session storage in the store, so sessions outlive restarts.
import type { StorageAdapter } from 'grammy';
import type { Db } from './open.ts';
import { sessionRows } from './keyValue.ts';

export function sessionStorage<T>(db: Db, onWriteError?: (err: unknown) => void): StorageAdapter<T> {
  return {
    read(key) {
      const row = sessionRows(db).read.get({ key });
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
        sessionRows(db).write.run(row);
      } catch (err) {
        // A store that cannot be written loses this session change, not the answer already given.
        onWriteError?.(err);
      }
    },
    delete(key) {
      sessionRows(db).remove.run({ key });
    },
  };
}
