// Storage for the guided conversations, so a restart continues a guide where the user was. State
// written by another version of the guides is dropped, and the caller is told so it can explain.
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import type { Db } from './open.ts';
import { conversationRows } from './keyValue.ts';

export function conversationStorage<C, S>(
  db: Db,
  version: string,
  keyOf: (ctx: C) => string | undefined,
  onOutdated: (ctx: C) => void,
): VersionedStateStorage<C, S> {
  const drop = (key: string) => conversationRows(db).remove.run({ key });
  return {
    read(ctx) {
      const key = keyOf(ctx);
      const row = key === undefined ? undefined : conversationRows(db).read.get({ key });
      if (!row || key === undefined) return undefined;
      let state: VersionedState<S> | undefined;
      try {
        state = JSON.parse(row.value) as VersionedState<S>;
      } catch {
        state = undefined;
      }
      if (state?.version?.[1] !== version) {
        drop(key);
        onOutdated(ctx);
        return undefined;
      }
      return state;
    },
    write(ctx, state) {
      const key = keyOf(ctx);
      if (key === undefined) return;
      const row = { key, value: JSON.stringify(state), updatedAt: new Date().toISOString() };
      conversationRows(db).write.run(row);
    },
    delete(ctx) {
      const key = keyOf(ctx);
      if (key !== undefined) drop(key);
    },
  };
}

/** Whether a guide's state is saved under `key` (of this version or another). */
export function hasConversation(db: Db, key: string): boolean {
  return conversationRows(db).read.get({ key }) !== undefined;
}
