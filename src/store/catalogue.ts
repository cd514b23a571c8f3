// What search and cards read of the data: the search index and every entity by slug. Both change
// only when the data does (a seed or an import), so they are read once and read again after one,
// whether the bot itself applied it or another process did (npm run db:seed, data:import).
import type Database from 'better-sqlite3';
import type { SearchIndex } from '../search/index.ts';
import { memoByObject } from '../memo.ts';
import { entityRefs, type EntityRefs } from './cards.ts';
import type { Store } from './open.ts';
import { buildSearchIndex } from './search-docs.ts';
import { FINGERPRINT, readMeta } from './seed.ts';

export interface Catalogue {
  index: SearchIndex;
  refs: EntityRefs;
  /** The data's fingerprint when it was read (every seed or import writes a new one). */
  fingerprint: string | undefined;
}

export function readCatalogue(store: Store): Catalogue {
  return { index: buildSearchIndex(store.db), refs: entityRefs(store.db), fingerprint: readMeta(store.db, FINGERPRINT) };
}

// SQLite's data_version changes when another connection commits: a check costs microseconds, so
// the fingerprint is read only after some other process wrote to the store. Under load the check is
// made once per CHECK_EVERY_MS rather than for each of the hundreds of updates in that time; at a
// person's pace every update still checks.
const CHECK_EVERY_MS = 50;
const dataVersion = memoByObject((sqlite: Database.Database) => sqlite.prepare<[], number>('PRAGMA data_version').pluck());

/** Follows changes of the data made by other processes; `changed` answers a new catalogue or undefined. */
export function watchCatalogue(store: Store, current: () => Catalogue): { changed(): Catalogue | undefined } {
  let seen = dataVersion(store.sqlite).get();
  let checked = performance.now();
  return {
    changed() {
      const now = performance.now();
      if (now - checked < CHECK_EVERY_MS) return undefined;
      checked = now;
      const version = dataVersion(store.sqlite).get();
      if (version === seen) return undefined;
      seen = version;
      return readMeta(store.db, FINGERPRINT) === current().fingerprint ? undefined : readCatalogue(store);
    },
  };
}
