// Reads what the search needs from the store: each entity with its names, aliases and keywords.
import { asc } from 'drizzle-orm';
import { buildIndex, type SearchDoc, type SearchIndex } from '../search/index.ts';
import { CardRepository, type EntityRefs } from './cards.ts';
import type { Db } from './db.ts';
import { aliases } from './schema.ts';

export function loadSearchDocs(db: Db, refs: EntityRefs = new CardRepository(db).refs()): SearchDoc[] {
  const byEntity = new Map<string, SearchDoc['aliases']>();
  for (const a of db.select().from(aliases).orderBy(asc(aliases.id)).all()) {
    const list = byEntity.get(a.entitySlug) ?? [];
    list.push({ text: a.text, field: a.kind });
    byEntity.set(a.entitySlug, list);
  }
  return [...refs.values()]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((e) => ({
      slug: e.slug,
      kind: e.kind,
      subkind: e.subkind,
      name: e.name,
      aliases: byEntity.get(e.slug) ?? [],
      parent: e.parent ?? undefined,
    }));
}

export function buildSearchIndex(db: Db, refs?: EntityRefs): SearchIndex {
  return buildIndex(loadSearchDocs(db, refs));
}
