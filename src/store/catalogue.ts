// What search and cards read of the data: the search index and every entity by slug. Both change
// only when the data does (a seed or an import), so they are read once and read again after one,
// whether the bot itself applied it or another process did (npm run db:seed, data:import).
import { asc } from 'drizzle-orm';
import type { SearchIndex } from '../search/index.ts';
import { factIndex, type FactIndex } from '../understand/facts.ts';
import type { EntityRefs } from './cards.ts';
import { noteOf } from './localized.ts';
import type { Store } from './open.ts';
import { buildSearchIndex } from './search-docs.ts';
import { facts } from './schema.ts';
import { FINGERPRINT, readMeta } from './seed.ts';

export interface Catalogue {
  index: SearchIndex;
  refs: EntityRefs;
  /** Every figure, findable by what it says and measures. */
  facts: FactIndex;
  /** The data's fingerprint when it was read (every seed or import writes a new one). */
  fingerprint: string | undefined;
}

export function readCatalogue(store: Store): Catalogue {
  const refs = store.repos.cards.refs();
  const rows = store.db.select().from(facts).orderBy(asc(facts.id)).all();
  return {
    index: buildSearchIndex(store.db, refs),
    refs,
    facts: factIndex(
      rows.map((f) => ({
        entity: f.entitySlug,
        metric: f.metric,
        scope: f.scope,
        unit: f.unit,
        asOf: f.asOf,
        value: f.valueNum ?? f.valueText ?? '',
        note: noteOf(f),
      })),
    ),
    fingerprint: readMeta(store.db, FINGERPRINT),
  };
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
