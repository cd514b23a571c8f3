// Data changed by another process reaches a running bot: the first check after the change reads the
// catalogue anew; a write that changes no data reads nothing; under load checks are spaced out.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** Another process writes: a new data fingerprint (as seed and import do), or something else. */
const newData = (fingerprint: string) =>
  other.prepare('update meta set value = ? where key = ?').run(fingerprint, FINGERPRINT);
const otherWrite = () =>
  other
    .prepare("insert into meta (key, value) values ('probe', ?) on conflict(key) do update set value = excluded.value")
    .run(String(Math.random()));

describe('watchCatalogue', () => {
  it('reads the catalogue anew after another process changed the data, and only then', async () => {
    let current: Catalogue = readCatalogue(store);
    const watch = watchCatalogue(store, () => current);
    expect(watch.changed()).toBeUndefined();
    otherWrite();
    expect(watch.changed()).toBeUndefined();
    newData('imported:test');
    const fresh = watch.changed();
    expect(fresh?.fingerprint).toBe('imported:test');
    current = fresh!;
    expect(watch.changed()).toBeUndefined();
  });
});
