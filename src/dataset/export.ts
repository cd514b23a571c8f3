// The store's dataset as data files, in the layout of db/seed/: what staff edit and import back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { stringify } from 'yaml';
import type { Db } from '../store/db.ts';
import { noteOf, publisherOf } from '../store/localized.ts';
import { aliases, companies, districts, entities, facts, sources, zones } from '../store/schema.ts';
import type { Dataset, SourcedFact } from './load.ts';
import {
  LANGS,
  periodStart,
  UNDATED,
  type CompanyRecord,
  type DistrictRecord,
  type Localized,
  type SourceRecord,
  type ZoneRecord,
} from './schema.ts';

type Lists = Partial<Record<'ru' | 'kk' | 'en', string[]>>;

export function exportDataset(db: Db): Dataset {
  const sourceRows = db.select().from(sources).orderBy(asc(sources.date), asc(sources.id)).all();
  // The date a source's facts carry when the files leave it out.
  const sourceDate = new Map(sourceRows.map((s) => [s.id, s.date || (s.dataTo ? periodStart(s.dataTo) : '')]));
  const out: Dataset = {
    sources: sourceRows.map((s): SourceRecord => ({
      id: s.id,
      ...(s.title ? { title: s.title } : {}),
      publisher: publisherOf(s),
      date: s.date || UNDATED,
      date_precision: s.datePrecision,
      ...(s.dataTo ? { data_to: s.dataTo } : {}),
      ...(s.language ? { language: s.language } : {}),
      ...(s.url ? { url: s.url } : {}),
      ...(s.seedFile ? { seed_file: s.seedFile } : {}),
    })),
    districts: [],
    zones: [],
    companies: [],
    facts: [],
  };
  const names = new Map(
    db
      .select()
      .from(entities)
      .all()
      .map((e) => [e.slug, e]),
  );
  const lists = new Map<string, { aliases: Lists; keywords: Lists }>();
  for (const a of db.select().from(aliases).orderBy(asc(aliases.id)).all()) {
    const entry = lists.get(a.entitySlug) ?? { aliases: {}, keywords: {} };
    const target = a.kind === 'alias' ? entry.aliases : entry.keywords;
    (target[a.lang] ??= []).push(a.text);
    lists.set(a.entitySlug, entry);
  }
  const base = (slug: string) => {
    const e = names.get(slug)!;
    const l = lists.get(slug) ?? { aliases: {}, keywords: {} };
    return {
      slug,
      source: e.sourceId,
      name: { ru: e.nameRu, kk: e.nameKk, en: e.nameEn } as Localized,
      aliases: l.aliases,
      keywords: l.keywords,
    };
  };
  const position = new Map([...names.keys()].map((slug, i) => [slug, i]));
  const order = (slug: string) => position.get(slug)!;
  for (const d of db
    .select()
    .from(districts)
    .all()
    .sort((a, b) => order(a.slug) - order(b.slug))) {
    out.districts.push({
      ...base(d.slug),
      district_kind: d.districtKind,
      ...(d.parentSlug ? { in: d.parentSlug } : {}),
    } as DistrictRecord);
  }
  for (const z of db
    .select()
    .from(zones)
    .all()
    .sort((a, b) => order(a.slug) - order(b.slug))) {
    out.zones.push({ ...base(z.slug), zone_kind: z.zoneKind, in: z.districtSlug } as ZoneRecord);
  }
  for (const c of db
    .select()
    .from(companies)
    .all()
    .sort((a, b) => order(a.slug) - order(b.slug))) {
    out.companies.push({
      ...base(c.slug),
      in: c.zoneSlug ?? c.districtSlug,
      sector: c.sector,
      ...(c.country ? { country: c.country } : {}),
    } as CompanyRecord);
  }
  for (const f of db.select().from(facts).orderBy(asc(facts.id)).all()) {
    const fact: SourcedFact = {
      entity: f.entitySlug,
      metric: f.metric as SourcedFact['metric'],
      value: f.valueNum ?? f.valueText ?? '',
      unit: f.unit as SourcedFact['unit'],
      ...(f.currency ? { currency: f.currency as 'KZT' | 'USD' } : {}),
      qualifier: f.qualifier as SourcedFact['qualifier'],
      as_of: f.asOf,
      ...(f.scope ? { scope: f.scope } : {}),
      ...(noteOf(f) ? { note: noteOf(f)! } : {}),
      source: f.sourceId,
    };
    if (fact.as_of === sourceDate.get(f.sourceId)) delete fact.as_of;
    out.facts.push(fact);
  }
  return out;
}

/** Writes a dataset as sources.yaml, districts.yaml, zones.yaml, companies.yaml and facts/<source>.yaml. */
export function writeDataset(dir: string, data: Dataset): string[] {
  mkdirSync(join(dir, 'facts'), { recursive: true });
  const files = datasetFiles(data);
  for (const { file, value } of files) writeFileSync(join(dir, file), stringify(value, { lineWidth: 0 }));
  return files.map((f) => f.file);
}

/**
 * What each data file holds, as written: a publisher the same in every language once, alias lists
 * only where there are some.
 */
export function datasetFiles(data: Dataset): Array<{ file: string; value: unknown }> {
  const same = (l: Localized) => l.ru === l.kk && l.kk === l.en;
  const lean = <T extends { aliases: Lists; keywords: Lists }>(r: T) => ({
    ...r,
    aliases: compact(r.aliases),
    keywords: compact(r.keywords),
  });
  const bySource = new Map<string, unknown[]>(data.sources.map((s) => [s.id, []]));
  for (const { source, qualifier, ...f } of data.facts) {
    // The facts of an undated source are written without a date, as they were read.
    if (f.as_of === '') delete f.as_of;
    bySource.get(source)?.push(qualifier === 'exact' ? f : { ...f, qualifier });
  }
  return [
    {
      file: 'sources.yaml',
      value: data.sources.map((s) => ({ ...s, publisher: same(s.publisher) ? s.publisher.en : s.publisher })),
    },
    { file: 'districts.yaml', value: data.districts.map(lean) },
    { file: 'zones.yaml', value: data.zones.map(lean) },
    { file: 'companies.yaml', value: data.companies.map(lean) },
    ...data.sources.map((s) => ({ file: `facts/${s.id}.yaml`, value: { source: s.id, facts: bySource.get(s.id) } })),
  ];
}

function compact(lists: Lists): Lists {
  return Object.fromEntries(LANGS.filter((l) => (lists[l]?.length ?? 0) > 0).map((l) => [l, lists[l]])) as Lists;
}
