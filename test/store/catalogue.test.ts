// Data changed by another process reaches a running bot: the first check after the change reads the
// catalogue anew; a write that changes no data reads nothing; under load checks are spaced out.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../src/store/open.ts';
import { readCatalogue, watchCatalogue, type Catalogue } from '../../src/store/catalogue.ts';
import { FINGERPRINT } from '../../src/store/seed.ts';
import { tempDir } from '../helpers.ts';

let dir: ReturnType<typeof tempDir>;
let store: Store;
let other: Database.Database;
beforeEach(() => {
  dir = tempDir();
  store = openStore(join(dir.dir, 'catalogue.db'));
  other = new Database(join(dir.dir, 'catalogue.db'));
});
afterEach(() => {
  other.close();
  store.close();
  dir.cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Another process writes: a new data fingerprint (as seed and import do), or something else. */
const newData = (fingerprint: string) => other.prepare('update meta set value = ? where key = ?').run(fingerprint, FINGERPRINT);
const otherWrite = () => other.prepare("insert into meta (key, value) values ('probe', ?) on conflict(key) do update set value = excluded.value").run(String(Math.random()));

describe('watchCatalogue', () => {
  it('reads the catalogue anew after another process changed the data, and only then', async () => {
    let current: Catalogue = readCatalogue(store);
    const watch = watchCatalogue(store, () => current);
    await sleep(60);
    expect(watch.changed()).toBeUndefined();
    otherWrite();
    await sleep(60);
    expect(watch.changed()).toBeUndefined();
    newData('imported:test');
    await sleep(60);
    const fresh = watch.changed();
    expect(fresh?.fingerprint).toBe('imported:test');
    current = fresh!;
    await sleep(60);
    expect(watch.changed()).toBeUndefined();
  });

  it('checks at most once in 50 ms, and sees a change with the first check after it', () => {
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const current = readCatalogue(store);
      const watch = watchCatalogue(store, () => current);
      now += 60;
      expect(watch.changed()).toBeUndefined();
      newData('imported:quick');
      now += 30;
      expect(watch.changed()).toBeUndefined();
      now += 30;
      expect(watch.changed()?.fingerprint).toBe('imported:quick');
    } finally {
      clock.mockRestore();
    }
  });
});
