// Brings the store in line with a validated Dataset in one transaction: rows are matched by their
// natural keys, so a second run with the same files changes nothing, and rows that other tables
// point at (entities) keep their identity across updates.
import { eq, getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Dataset } from '../dataset/load.ts';
import { LANGS, type FactRecord } from '../dataset/schema.ts';
import type { Db } from './db.ts';
import * as schema from './schema.ts';

export interface SeedReport {
  inserted: number;
  updated: number;
  deleted: number;
  /** Every row added, changed or removed: its table and natural key. */
  changes: Array<{ table: string; key: string; change: 'added' | 'changed' | 'removed' }>;
}

/** Thrown inside the transaction of a dry run, so that nothing it did stays. */
class DryRun extends Error {}

type Row = Record<string, unknown>;

interface TablePlan {
  table: SQLiteTable;
  /** The column that identifies a row in the database (primary key). */
  idColumn: string;
  /** Columns that make up the natural key; equal keys are the same row. */
  keyOf: (row: Row) => string;
  rows: Row[];
}

/**
 * Writes `data` into the store. `fingerprint`, when given, is recorded as the version of the data
 * files the store now holds (see datasetFingerprint).
 */
export function seedStore(db: Db, data: Dataset, fingerprint?: string, options: { dryRun?: boolean } = {}): SeedReport {
  const plans = planTables(data);
  const report: SeedReport = { inserted: 0, updated: 0, deleted: 0, changes: [] };
  const note = (plan: TablePlan, key: string, change: 'added' | 'changed' | 'removed') =>
    report.changes.push({ table: getTableName(plan.table), key, change });
  try {
    db.transaction(
      (tx) => {
        const stale: Array<{ plan: TablePlan; ids: unknown[] }> = [];
        for (const plan of plans) {
          const existing = new Map<string, Row>();
          for (const row of tx.select().from(plan.table).all() as Row[]) existing.set(plan.keyOf(row), row);
          const column = getTableColumns(plan.table)[plan.idColumn]!;
          for (const row of plan.rows) {
            const key = plan.keyOf(row);
            const current = existing.get(key);
            existing.delete(key);
            if (!current) {
              tx.insert(plan.table).values(row).run();
              report.inserted++;
              note(plan, key, 'added');
            } else if (differs(row, current)) {
              tx.update(plan.table).set(row).where(eq(column, current[plan.idColumn])).run();
              report.updated++;
              note(plan, key, 'changed');
            }
          }
          for (const key of existing.keys()) note(plan, key, 'removed');
          stale.push({ plan, ids: [...existing.values()].map((r) => r[plan.idColumn]) });
        }
        // Dependants first, so no foreign key is left dangling mid-way.
        for (const { plan, ids } of stale.reverse()) {
          const column = getTableColumns(plan.table)[plan.idColumn]!;
          for (const id of ids) tx.delete(plan.table).where(eq(column, id)).run();
          report.deleted += ids.length;
        }
        if (fingerprint !== undefined && readMeta(tx, FINGERPRINT) !== fingerprint) {
          tx.insert(schema.meta)
            .values({ key: FINGERPRINT, value: fingerprint })
            .onConflictDoUpdate({
              target: schema.meta.key,
              set: { value: fingerprint, updatedAt: new Date().toISOString() },
            })
            .run();
        }
        if (options.dryRun) throw new DryRun();
        // A write takes the lock before it reads, so the store's busy timeout applies: a deferred
        // transaction whose snapshot another writer outdated fails at once (SQLITE_BUSY_SNAPSHOT).
      },
      { behavior: 'immediate' },
    );
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
  }
  return report;
}

/** The meta key under which the store keeps the fingerprint of the data files it was seeded from. */
export const FINGERPRINT = 'dataset_fingerprint';
/** The fingerprint of a store whose data staff imported: `imported:<when>`. */
export const IMPORTED = 'imported:';

export function readMeta(db: Pick<Db, 'select'>, key: string): string | undefined {
  return db.select().from(schema.meta).where(eq(schema.meta.key, key)).get()?.value;
}

function planTables(data: Dataset): TablePlan[] {
  const bySlug = (row: Row) => String(row.slug);
  const zoneDistrict = new Map(data.zones.map((z) => [z.slug, z.in]));
  const sourceDate = new Map(data.sources.map((s) => [s.id, s.date]));
  const entityRows: Array<InferInsertModel<typeof schema.entities>> = [];
  const aliasRows: Array<InferInsertModel<typeof schema.aliases>> = [];
  for (const [kind, records] of [
    ['district', data.districts],
    ['zone', data.zones],
    ['company', data.companies],
  ] as const) {
    for (const r of records) {
      entityRows.push({
        slug: r.slug,
        kind,
        nameRu: r.name.ru,
        nameKk: r.name.kk,
        nameEn: r.name.en,
        sourceId: r.source,
      });
      for (const [aliasKind, lists] of [
        ['alias', r.aliases],
        ['keyword', r.keywords],
      ] as const) {
        for (const lang of LANGS) {
          for (const text of new Set(lists[lang] ?? [])) {
            aliasRows.push({ entitySlug: r.slug, text, lang, script: scriptOf(text), kind: aliasKind });
          }
        }
      }
    }
  }
  const statusOf = (slug: string) =>
    newest(
      data.facts.filter((f) => f.entity === slug && f.metric === 'status'),
      sourceDate,
    );

  return [
    {
      table: schema.sources,
      idColumn: 'id',
      keyOf: (row) => String(row.id),
      rows: data.sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher.en,
        publisherRu: s.publisher.ru,
        publisherKk: s.publisher.kk,
        date: s.date,
        datePrecision: s.date_precision,
        language: s.language,
        url: s.url ?? null,
        seedFile: s.seed_file ?? null,
      })),
    },
    { table: schema.entities, idColumn: 'slug', keyOf: bySlug, rows: entityRows },
    {
      table: schema.districts,
      idColumn: 'slug',
      keyOf: bySlug,
      rows: data.districts.map((d) => ({ slug: d.slug, districtKind: d.district_kind, parentSlug: d.in ?? null })),
    },
    {
      table: schema.zones,
      idColumn: 'slug',
      keyOf: bySlug,
      rows: data.zones.map((z) => ({ slug: z.slug, zoneKind: z.zone_kind, districtSlug: z.in })),
    },
    {
      table: schema.companies,
      idColumn: 'slug',
      keyOf: bySlug,
      rows: data.companies.map((c) => {
        const zone = zoneDistrict.get(c.in);
        const status = statusOf(c.slug);
        return {
          slug: c.slug,
          zoneSlug: zone === undefined ? null : c.in,
          districtSlug: zone ?? c.in,
          sector: c.sector,
          country: c.country ?? null,
          status: typeof status?.value === 'string' ? status.value : null,
        };
      }),
    },
    {
      table: schema.aliases,
      idColumn: 'id',
      keyOf: (row) => [row.entitySlug, row.kind, row.lang, row.text].join('|'),
      rows: aliasRows,
    },
    {
      table: schema.facts,
      idColumn: 'id',
      keyOf: (row) => [row.entitySlug, row.metric, row.scope, row.asOf, row.sourceId].join('|'),
      rows: data.facts.map((f) => ({
        entitySlug: f.entity,
        metric: f.metric,
        scope: f.scope ?? '',
        valueNum: typeof f.value === 'number' ? f.value : null,
        valueText: typeof f.value === 'string' ? f.value : null,
        unit: f.unit,
        currency: f.currency ?? null,
        qualifier: f.qualifier,
        asOf: f.as_of ?? sourceDate.get(f.source) ?? '',
        noteRu: f.note?.ru ?? null,
        noteKk: f.note?.kk ?? null,
        noteEn: f.note?.en ?? null,
        sourceId: f.source,
      })),
    },
  ];
}

/** The fact true most recently: latest `as_of`, then the latest source. */
export function newest<F extends FactRecord & { source: string }>(
  facts: F[],
  sourceDate: Map<string, string>,
): F | undefined {
  return [...facts].sort((a, b) => {
    const byDate = (b.as_of ?? '').localeCompare(a.as_of ?? '');
    return byDate !== 0 ? byDate : (sourceDate.get(b.source) ?? '').localeCompare(sourceDate.get(a.source) ?? '');
  })[0];
}

function differs(wanted: Row, current: Row): boolean {
  return Object.keys(wanted).some((k) => (wanted[k] ?? null) !== (current[k] ?? null));
}

function scriptOf(text: string): 'cyrl' | 'latn' | 'mixed' {
  const cyrl = /\p{Script=Cyrillic}/u.test(text);
  const latn = /\p{Script=Latin}/u.test(text);
  return cyrl && latn ? 'mixed' : cyrl ? 'cyrl' : 'latn';
}
