// Searches are counted in memory and written together: within a second, when /stats reads them, or
// when the store closes; counts a store could not take are kept for the next write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { collectStats } from '../../src/store/stats.ts';
import { countSearch, flushSearchCounts } from '../../src/store/unanswered.ts';
import { tempDir, until } from '../helpers.ts';

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
  it('are written within a second of the searches, one row per day', async () => {
    countSearch(store.db, true, today);
    countSearch(store.db, false, today);
    countSearch(store.db, true, new Date('2026-11-26T01:00:00Z'));
    expect(rows()).toEqual([]);
    await until(() => rows().length === 2, 'the counts written', 5000);
    expect(rows()).toEqual([
      { day: '2026-11-25', searches: 2, misses: 1 },
      { day: '2026-11-26', searches: 1, misses: 0 },
    ]);
    countSearch(store.db, false, today);
    flushSearchCounts(store.db);
    expect(rows()[0]).toEqual({ day: '2026-11-25', searches: 3, misses: 2 });
  });

  it('are all in /stats at once', () => {
    for (let i = 0; i < 5; i++) countSearch(store.db, i > 0);
    expect(collectStats(store.db)).toMatchObject({ searches7: 5, searches30: 5, misses30: 1 });
  });

  it('reach the store when it closes', () => {
    countSearch(store.db, true, today);
    store.close();
    store = openStore(join(dir, 'counts.db'));
    expect(rows()).toEqual([{ day: '2026-11-25', searches: 1, misses: 0 }]);
  });

  it('are kept while the store cannot be written, and written once it can', () => {
    countSearch(store.db, false, today);
    store.sqlite.pragma('query_only = ON');
    expect(() => flushSearchCounts(store.db)).toThrow();
    countSearch(store.db, true, today);
    store.sqlite.pragma('query_only = OFF');
    flushSearchCounts(store.db);
    expect(rows()).toEqual([{ day: '2026-11-25', searches: 2, misses: 1 }]);
  });
});
