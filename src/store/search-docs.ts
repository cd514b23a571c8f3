// Reads what the search needs from the store: each entity with its names, aliases and keywords.
import { asc } from 'drizzle-orm';
import { buildIndex, type SearchDoc, type SearchIndex } from '../search/index.ts';
import type { Db } from './open.ts';
import { aliases, companies, districts, entities, zones } from './schema.ts';

export function loadSearchDocs(db: Db): SearchDoc[] {
  const subkinds = new Map<string, string>();
  const parents = new Map<string, string>();
  for (const d of db.select().from(districts).all()) {
    subkinds.set(d.slug, d.districtKind);
    if (d.parentSlug) parents.set(d.slug, d.parentSlug);
  }
  for (const z of db.select().from(zones).all()) {
    subkinds.set(z.slug, z.zoneKind);
    parents.set(z.slug, z.districtSlug);
  }
  for (const c of db.select().from(companies).all()) {
    subkinds.set(c.slug, c.sector);
    parents.set(c.slug, c.zoneSlug ?? c.districtSlug);
  }
  const byEntity = new Map<string, SearchDoc['aliases']>();
  for (const a of db.select().from(aliases).orderBy(asc(aliases.id)).all()) {
    const list = byEntity.get(a.entitySlug) ?? [];
    list.push({ text: a.text, field: a.kind });
    byEntity.set(a.entitySlug, list);
  }
  return db
    .select()
    .from(entities)
    .orderBy(asc(entities.slug))
    .all()
    .map((e) => ({
      slug: e.slug,
      kind: e.kind,
      subkind: subkinds.get(e.slug) ?? '',
      name: { ru: e.nameRu, kk: e.nameKk, en: e.nameEn },
      aliases: byEntity.get(e.slug) ?? [],
      parent: parents.get(e.slug),
    }));
}

export function buildSearchIndex(db: Db): SearchIndex {
  return buildIndex(loadSearchDocs(db));
}
