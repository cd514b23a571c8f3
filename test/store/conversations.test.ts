// Guide state in the store, and the in-memory list of chats with a guide saved that lets most updates
// skip reading it: saved before the start, written, ended, or dropped as outdated, the list follows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { conversationStorage, hasConversation } from '../../src/store/conversations.ts';
import { tempDir } from '../helpers.ts';

let dir: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  dir = tempDir();
  store = openStore(join(dir.dir, 'guides.db'));
});
afterEach(() => {
  store.close();
  dir.cleanup();
});

type Ctx = { chat: string };
const storageFor = (s: Store, version: string, outdated: string[] = []) => conversationStorage<Ctx, unknown>(s.db, version, (ctx) => ctx.chat, (ctx) => outdated.push(ctx.chat));
const state = (version: string) => ({ version: [0, version] as [0, string], state: {} });

describe('guide state', () => {
  it('knows the chats with a guide saved, as guides start and end', async () => {
    const storage = storageFor(store, 'v1');
    expect(hasConversation(store.db, '5')).toBe(false);
    await storage.write({ chat: '5' }, state('v1'));
    expect(hasConversation(store.db, '5')).toBe(true);
    expect(await storage.read({ chat: '5' })).toEqual(state('v1'));
    await storage.delete({ chat: '5' });
    expect(hasConversation(store.db, '5')).toBe(false);
    expect(await storage.read({ chat: '5' })).toBeUndefined();
  });

  it('knows guides saved before the start, and forgets one dropped as outdated', async () => {
    await storageFor(store, 'v1').write({ chat: '6' }, state('v1'));
    store.close();
    store = openStore(join(dir.dir, 'guides.db'));
    expect(hasConversation(store.db, '6')).toBe(true);
    const outdated: string[] = [];
    expect(await storageFor(store, 'v2', outdated).read({ chat: '6' })).toBeUndefined();
    expect(outdated).toEqual(['6']);
    expect(hasConversation(store.db, '6')).toBe(false);
  });
});
