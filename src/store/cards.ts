// Reads what a card shows: the entity, where it is, its facts with their sources, and what is in it.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CardFact, EntityCard, EntityKind, EntityRef } from '../cards/types.ts';
import type { Db } from './db.ts';
import { noteOf, publisherOf } from './localized.ts';
import { companies, districts, entities, facts, sources, zones } from './schema.ts';

export type EntityRefs = Map<string, EntityRef & { parent: string | null }>;

export class CardRepository {
  // A card is read for every answer that shows one: its queries are prepared once.
  private readonly factsOf;
  private readonly companyOf;
  private readonly investmentsIn;

  constructor(private readonly db: Db) {
    const slug = sql.placeholder('slug');
    this.factsOf = db
      .select({ f: facts, s: sources })
      .from(facts)
      .innerJoin(sources, eq(sources.id, facts.sourceId))
      .where(eq(facts.entitySlug, slug))
      .orderBy(asc(facts.id))
      .prepare();
    this.companyOf = db.select().from(companies).where(eq(companies.slug, slug)).prepare();
    // The investment figures of the companies in a zone or district (their zone, or else their district).
    this.investmentsIn = db
      .select()
      .from(facts)
      .where(
        and(
          eq(facts.metric, 'investment'),
          inArray(
            facts.entitySlug,
            db
              .select({ slug: companies.slug })
              .from(companies)
              .where(eq(sql`coalesce(${companies.zoneSlug}, ${companies.districtSlug})`, slug)),
          ),
        ),
      )
      .prepare();
  }

  /** Every entity by slug, with its sub-kind and the place it is in (a zone's district, a company's zone). */
  refs(): EntityRefs {
    const { db } = this;
    const subkind = new Map<string, { subkind: string; parent: string | null }>();
    for (const d of db.select().from(districts).all())
      subkind.set(d.slug, { subkind: d.districtKind, parent: d.parentSlug });
    for (const z of db.select().from(zones).all()) subkind.set(z.slug, { subkind: z.zoneKind, parent: z.districtSlug });
    for (const c of db.select().from(companies).all()) {
      subkind.set(c.slug, { subkind: c.sector, parent: c.zoneSlug ?? c.districtSlug });
    }
    const out: EntityRefs = new Map();
    for (const e of db.select().from(entities).orderBy(asc(entities.nameRu)).all()) {
      const extra = subkind.get(e.slug);
      const name = { ru: e.nameRu, kk: e.nameKk, en: e.nameEn };
      out.set(e.slug, {
        slug: e.slug,
        kind: e.kind as EntityKind,
        subkind: extra?.subkind ?? '',
        name,
        parent: extra?.parent ?? null,
      });
    }
    return out;
  }

  card(slug: string, refs = this.refs()): EntityCard | undefined {
    const self = refs.get(slug);
    if (!self) return undefined;
    const places: EntityRef[] = [];
    for (let up = self.parent; up; up = refs.get(up)?.parent ?? null) {
      const place = refs.get(up);
      if (!place || places.some((p) => p.slug === place.slug)) break;
      places.push(strip(place));
    }
    const factRows = this.factsOf.all({ slug });
    const cardFacts: CardFact[] = factRows.map(({ f, s }) => ({
      metric: f.metric,
      scope: f.scope,
      value: f.valueNum ?? f.valueText ?? '',
      unit: f.unit,
      currency: f.currency,
      qualifier: f.qualifier,
      asOf: f.asOf,
      note: noteOf(f),
      source: {
        id: s.id,
        title: s.title,
        publisher: publisherOf(s),
        date: s.date,
        datePrecision: s.datePrecision,
        dataTo: s.dataTo,
      },
    }));
    const children = [...refs.values()].filter((r) => r.parent === slug);
    const companySlugs = children.filter((r) => r.kind === 'company').map((r) => r.slug);
    const investment = this.investments(slug, companySlugs);
    // Tenge and dollar amounts are not compared: projects priced in tenge come first, then in dollars.
    const weight = (slug: string) => {
      const i = investment.get(slug);
      return i === undefined ? [2, 0] : [i.currency === 'KZT' ? 0 : 1, -i.amount];
    };
    const company = this.companyOf.get({ slug });
    return {
      ...strip(self),
      places,
      country: company?.country ?? null,
      facts: cardFacts,
      zones: zonesWithin(slug, refs),
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

  /** Each company's investment: the newest figures, the largest of them (a project may give stages separately). */
  private investments(place: string, companySlugs: string[]): Map<string, { amount: number; currency: string }> {
    const out = new Map<string, { amount: number; currency: string }>();
    if (companySlugs.length === 0) return out;
    const rows = this.investmentsIn.all({ slug: place }).filter((r) => r.valueNum !== null && r.currency !== null);
    for (const company of companySlugs) {
      const money = rows.filter((r) => r.entitySlug === company);
      const newest = money.reduce((d, r) => (r.asOf > d ? r.asOf : d), '');
      const current = money.filter((r) => r.asOf === newest).sort((a, b) => b.valueNum! - a.valueNum!)[0];
      if (current) out.set(company, { amount: current.valueNum!, currency: current.currency! });
    }
    return out;
  }
}

function strip(ref: EntityRef & { parent?: string | null }): EntityRef {
  return { slug: ref.slug, kind: ref.kind, subkind: ref.subkind, name: ref.name };
}

/** The zones in a place and in its districts, its own first, then district by district. */
function zonesWithin(slug: string, refs: EntityRefs): EntityRef[] {
  const all = [...refs.values()];
  const out: EntityRef[] = [];
  const places = [slug];
  for (let i = 0; i < places.length; i++) {
    for (const r of all.filter((r) => r.parent === places[i])) {
      if (r.kind === 'zone') out.push(strip(r));
      else if (r.kind === 'district' && !places.includes(r.slug)) places.push(r.slug);
    }
  }
  return out;
}
