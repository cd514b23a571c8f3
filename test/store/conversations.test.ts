// Guide state in the store: written, read, ended, and dropped (its user told) when saved by older guides.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { conversationStorage } from '../../src/store/storage.ts';
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
const storageFor = (s: Store, version: string, outdated: string[] = []) =>
  conversationStorage<Ctx, unknown>(
    s.db,
    version,
    (ctx) => ctx.chat,
    (ctx) => outdated.push(ctx.chat),
  );
const state = (version: string) => ({ version: [0, version] as [0, string], state: {} });
const rows = () => store.sqlite.prepare('select key from conversation_state').pluck().all();

describe('guide state', () => {
  it('is written, read and deleted by chat', async () => {
    const storage = storageFor(store, 'v1');
    await storage.write({ chat: '5' }, state('v1'));
    expect(rows()).toEqual(['5']);
    expect(await storage.read({ chat: '5' })).toEqual(state('v1'));
    await storage.delete({ chat: '5' });
    expect(rows()).toEqual([]);
    expect(await storage.read({ chat: '5' })).toBeUndefined();
  });

  it('outlives a restart, and is dropped as outdated when the guides changed', async () => {
    await storageFor(store, 'v1').write({ chat: '6' }, state('v1'));
    store.close();
    store = openStore(join(dir.dir, 'guides.db'));
    const outdated: string[] = [];
    expect(await storageFor(store, 'v2', outdated).read({ chat: '6' })).toBeUndefined();
    expect(outdated).toEqual(['6']);
    expect(rows()).toEqual([]);
  });

  it('drops a row that no longer parses, telling its user', async () => {
    store.sqlite.prepare("insert into conversation_state (key, value, updated_at) values ('7', '{oops', '')").run();
    const outdated: string[] = [];
    expect(await storageFor(store, 'v1', outdated).read({ chat: '7' })).toBeUndefined();
    expect(outdated).toEqual(['7']);
    expect(rows()).toEqual([]);
  });
});
