// Storage for the guided conversations, so a restart continues a guide where the user was. State
// written by another version of the guides is dropped, and the caller is told so it can explain.
import { eq } from 'drizzle-orm';
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import type { Db } from './open.ts';
import { conversationState } from './schema.ts';

export function conversationStorage<C, S>(
  db: Db,
  version: string,
  keyOf: (ctx: C) => string | undefined,
  onOutdated: (ctx: C) => void,
): VersionedStateStorage<C, S> {
  const drop = (key: string) => db.delete(conversationState).where(eq(conversationState.key, key)).run();
  return {
    read(ctx) {
      const key = keyOf(ctx);
      const row = key === undefined ? undefined : db.select().from(conversationState).where(eq(conversationState.key, key)).get();
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
      db.insert(conversationState).values(row).onConflictDoUpdate({ target: conversationState.key, set: { value: row.value, updatedAt: row.updatedAt } }).run();
    },
    delete(ctx) {
      const key = keyOf(ctx);
      if (key !== undefined) drop(key);
    },
  };
}
