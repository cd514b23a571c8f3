// What search and cards read of the data: the search index and every entity by slug. Both change
// only when the data does (a seed or an import), so they are read once and read again after one,
// whether the bot itself applied it or another process did (npm run db:seed, data:import).
import type { EntityCard } from '../cards/types.ts';
import type { SearchIndex } from '../search/index.ts';
import type { EntityRefs } from './cards.ts';
import type { Store } from './open.ts';
import { buildSearchIndex } from './search-docs.ts';
import { FINGERPRINT, readMeta } from './seed.ts';

export interface Catalogue {
  index: SearchIndex;
  refs: EntityRefs;
  /** The data's fingerprint when it was read (every seed or import writes a new one). */
  fingerprint: string | undefined;
  /** An entity's card, or undefined when the store has no such entity. */
  card(slug: string): EntityCard | undefined;
}

export function readCatalogue(store: Store): Catalogue {
  const refs = store.repos.cards.refs();
  // A card is read from the store the first time it is asked for, and kept with the index: like it,
  // it changes only with the data, and a new catalogue is read then. Reading it for every answer was
  // most of a search's time (npm run bench: 0.19 of the echo bot's rate).
  const cards = new Map<string, EntityCard | undefined>();
  const card = (slug: string) => {
    if (!cards.has(slug)) cards.set(slug, store.repos.cards.card(slug, refs));
    return cards.get(slug);
  };
  return { index: buildSearchIndex(store.db, refs), refs, fingerprint: readMeta(store.db, FINGERPRINT), card };
}

/**
 * Follows changes of the data made by other processes; `changed` answers a new catalogue or
 * undefined. SQLite's data_version changes when another connection commits, so the fingerprint is
 * read only after some other process wrote to the store.
 */
export function watchCatalogue(store: Store, current: () => Catalogue): { changed(): Catalogue | undefined } {
  const dataVersion = store.sqlite.prepare<[], number>('PRAGMA data_version').pluck();
  let seen = dataVersion.get();
  return {
    changed() {
      const version = dataVersion.get();
      if (version === seen) return undefined;
      seen = version;
      return readMeta(store.db, FINGERPRINT) === current().fingerprint ? undefined : readCatalogue(store);
    },
  };
}
