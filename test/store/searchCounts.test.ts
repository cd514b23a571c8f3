// Searches are counted per day as they happen, and /stats shows them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { tempDir } from '../helpers.ts';

let dir: string;
let store: Store;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  store = openStore(join(dir, 'counts.db'));
});
afterEach(() => {
  store.close();
  cleanup();
});

const rows = (s: Store = store) => s.sqlite.prepare('select day, searches, misses from search_days order by day').all();
const today = new Date('2026-11-25T10:00:00Z');

describe('search counts', () => {
  it('are written with the search, one row per day', () => {
    const searches = store.repos.searches;
    searches.countSearch(true, today);
    searches.countSearch(false, today);
    searches.countSearch(true, new Date('2026-11-26T01:00:00Z'));
    expect(rows()).toEqual([
      { day: '2026-11-25', searches: 2, misses: 1 },
      { day: '2026-11-26', searches: 1, misses: 0 },
    ]);
  });

  it('are all in /stats at once', () => {
    for (let i = 0; i < 5; i++) store.repos.searches.countSearch(i > 0);
    expect(store.repos.stats.collect()).toMatchObject({ searches7: 5, searches30: 5, misses30: 1 });
  });

  it('outlive the store being closed and opened again', () => {
    store.repos.searches.countSearch(true, today);
    store.close();
    store = openStore(join(dir, 'counts.db'));
    expect(rows()).toEqual([{ day: '2026-11-25', searches: 1, misses: 0 }]);
  });
});
