// Reads what a card shows: the entity, where it is, its facts with their sources, and what is in it.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CardFact, EntityCard, EntityKind, EntityRef } from '../cards/types.ts';
import { getOrAdd, memoByObject } from '../memo.ts';
import type { Db } from './open.ts';
import { companies, districts, entities, facts, sources, zones } from './schema.ts';

export function entityRefs(db: Db): Map<string, EntityRef & { parent: string | null }> {
  const subkind = new Map<string, { subkind: string; parent: string | null }>();
  for (const d of db.select().from(districts).all()) subkind.set(d.slug, { subkind: d.districtKind, parent: d.parentSlug });
  for (const z of db.select().from(zones).all()) subkind.set(z.slug, { subkind: z.zoneKind, parent: z.districtSlug });
  for (const c of db.select().from(companies).all()) subkind.set(c.slug, { subkind: c.sector, parent: c.zoneSlug ?? c.districtSlug });
  const out = new Map<string, EntityRef & { parent: string | null }>();
  for (const e of db.select().from(entities).orderBy(asc(entities.nameRu)).all()) {
    const extra = subkind.get(e.slug);
    out.set(e.slug, { slug: e.slug, kind: e.kind as EntityKind, subkind: extra?.subkind ?? '', name: { ru: e.nameRu, kk: e.nameKk, en: e.nameEn }, parent: extra?.parent ?? null });
  }
  return out;
}

export type EntityRefs = ReturnType<typeof entityRefs>;

const cardsOf = memoByObject((_: EntityRefs) => new Map<string, EntityCard | undefined>());

/**
 * loadCard, read once per entity while the data stays as it is: the data changes only by a seed or
 * an import, after which the caller's `refs` are read anew (a new map, so a new cache).
 */
export function cachedCard(db: Db, slug: string, refs: EntityRefs): EntityCard | undefined {
  return getOrAdd(cardsOf(refs), slug, () => loadCard(db, slug, refs));
}

export function loadCard(db: Db, slug: string, refs = entityRefs(db)): EntityCard | undefined {
  const self = refs.get(slug);
  if (!self) return undefined;
  const places: EntityRef[] = [];
  for (let up = self.parent; up; up = refs.get(up)?.parent ?? null) {
    const place = refs.get(up);
    if (!place || places.some((p) => p.slug === place.slug)) break;
    places.push(strip(place));
  }
  const factRows = db
    .select({ f: facts, s: sources })
    .from(facts)
    .innerJoin(sources, eq(sources.id, facts.sourceId))
    .where(eq(facts.entitySlug, slug))
    .orderBy(asc(facts.id))
    .all();
  const cardFacts: CardFact[] = factRows.map(({ f, s }) => ({
    metric: f.metric,
    scope: f.scope,
    value: f.valueNum ?? f.valueText ?? '',
    unit: f.unit,
    currency: f.currency,
    qualifier: f.qualifier,
    asOf: f.asOf,
    note: f.noteRu && f.noteKk && f.noteEn ? { ru: f.noteRu, kk: f.noteKk, en: f.noteEn } : null,
    source: { id: s.id, title: s.title, publisher: { ru: s.publisherRu || s.publisher, kk: s.publisherKk || s.publisher, en: s.publisher }, date: s.date, datePrecision: s.datePrecision },
  }));
  const children = [...refs.values()].filter((r) => r.parent === slug);
  const investment = new Map<string, { amount: number; currency: string }>();
  const companySlugs = children.filter((r) => r.kind === 'company').map((r) => r.slug);
  // One query for the investment figures of all the companies in it.
  const byCompany = new Map<string, Array<typeof facts.$inferSelect>>();
  if (companySlugs.length > 0) {
    for (const r of db.select().from(facts).where(and(inArray(facts.entitySlug, companySlugs), eq(facts.metric, 'investment'))).all()) {
      getOrAdd(byCompany, r.entitySlug, () => []).push(r);
    }
  }
  for (const company of companySlugs) {
    const money = (byCompany.get(company) ?? []).filter((r) => r.valueNum !== null && r.currency !== null);
    // The newest figures, the largest of them (a project may give stages separately).
    const newest = money.reduce((d, r) => (r.asOf > d ? r.asOf : d), '');
    const current = money.filter((r) => r.asOf === newest).sort((a, b) => b.valueNum! - a.valueNum!)[0];
    if (current) investment.set(company, { amount: current.valueNum!, currency: current.currency! });
  }
  // Tenge and dollar amounts are not compared: projects priced in tenge come first, then in dollars.
  const weight = (slug: string) => {
    const i = investment.get(slug);
    return i === undefined ? [2, 0] : [i.currency === 'KZT' ? 0 : 1, -i.amount];
  };
  const company = db.select().from(companies).where(eq(companies.slug, slug)).get();
  return {
    ...strip(self),
    places,
    country: company?.country ?? null,
    facts: cardFacts,
    zones: children.filter((r) => r.kind === 'zone').map(strip),
    districts: children.filter((r) => r.kind === 'district').map(strip),
    companies: children
      .filter((r) => r.kind === 'company')
      .map((r) => ({ ...strip(r), investment: investment.get(r.slug) ?? null }))
      .sort((a, b) => {
        const [wa, wb] = [weight(a.slug), weight(b.slug)];
        return wa[0]! - wb[0]! || wa[1]! - wb[1]! || a.name.ru.localeCompare(b.name.ru);
      }),
  };
}

function strip(ref: EntityRef & { parent?: string | null }): EntityRef {
  return { slug: ref.slug, kind: ref.kind, subkind: ref.subkind, name: ref.name };
}
