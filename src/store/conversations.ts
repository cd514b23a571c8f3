// Storage for the guided conversations, so a restart continues a guide where the user was. State
// written by another version of the guides is dropped, and the caller is told so it can explain.
// Which chats have a guide saved is also kept in memory (this storage is the table's only writer),
// so that most updates learn they are not in a guide without a read.
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import type { Db } from './open.ts';
import { conversationRows } from './keyValue.ts';
import { memoByObject } from '../memo.ts';
import { conversationState } from './schema.ts';

/**
 * Chats that may have a guide saved: every saved one, read once per store, then kept up to date. A
 * key is added before its state is written and removed only after it is deleted, so a failed write
 * or delete leaves it in (a needless read then), never out.
 */
const guideChats = memoByObject((db: Db) => new Set(db.select({ key: conversationState.key }).from(conversationState).all().map((r) => r.key)));

export function conversationStorage<C, S>(
  db: Db,
  version: string,
  keyOf: (ctx: C) => string | undefined,
  onOutdated: (ctx: C) => void,
): VersionedStateStorage<C, S> {
  const drop = (key: string) => {
    conversationRows(db).remove.run({ key });
    guideChats(db).delete(key);
  };
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
      guideChats(db).add(key);
      conversationRows(db).write.run(row);
    },
    delete(ctx) {
      const key = keyOf(ctx);
      if (key !== undefined) drop(key);
    },
  };
}

/** Whether a guide's state may be saved under `key` (of this version or another). */
export function hasConversation(db: Db, key: string): boolean {
  return guideChats(db).has(key);
}
