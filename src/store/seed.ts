// Brings the store in line with a validated Dataset in one transaction: rows are matched by their
// natural keys, so a second run with the same files changes nothing, and rows that other tables
// point at (entities) keep their identity across updates.
import { eq, getTableColumns, getTableName, inArray, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Dataset, SourcedFact } from '../dataset/load.ts';
import { LANGS, sourceAsOf, UNDATED, type FactRecord } from '../dataset/schema.ts';
import type { Db } from './db.ts';
import * as schema from './schema.ts';

export interface SeedReport {
  inserted: number;
  updated: number;
  deleted: number;
  /** Every row added, changed or removed: its table and natural key; a changed row, its columns before and after. */
  changes: Array<{ table: string; key: string; change: 'added' | 'changed' | 'removed'; fields?: FieldChange[] }>;
}

/** One column of a changed row (by its property name, e.g. valueText, noteRu). */
export interface FieldChange {
  field: string;
  before: string | number | null;
  after: string | number | null;
}

type Row = Record<string, unknown>;

interface TablePlan {
  table: SQLiteTable;
  /** The column that identifies a row in the database (primary key). */
  idColumn: string;
  /** Columns that make up the natural key; equal keys are the same row. */
  keyOf: (row: Row) => string;
  rows: Row[];
}

/** What a seed would write, table by table, and the data revision of the store it was read from. */
export interface SeedPlan {
  report: SeedReport;
  revision: string | undefined;
  steps: Array<{ table: SQLiteTable; idColumn: string; inserts: Row[]; updates: Row[]; deletes: unknown[] }>;
}

/**
 * Writes `data` into the store. `fingerprint`, when given, is recorded as the version of the data
 * files the store now holds (see datasetFingerprint). A dry run only reports what would change.
 */
export function seedStore(db: Db, data: Dataset, fingerprint?: string, options: { dryRun?: boolean } = {}): SeedReport {
  const plan = planSeed(db, data);
  return options.dryRun ? plan.report : applySeed(db, data, plan, fingerprint);
}

/**
 * The difference between the store and `data`, read without the write lock (the longest part of an
 * import: every row compared), so the bot and other writers go on meanwhile.
 */
export function planSeed(db: Db, data: Dataset): SeedPlan {
  const tables = planTables(data);
  // One read transaction: every table from the same snapshot.
  return db.transaction((tx) => planAgainst(tx, tables));
}

/**
 * Writes a plan in one transaction, which takes the write lock before it reads, so the store's busy
 * timeout applies (a deferred one whose snapshot another writer outdated fails at once with
 * SQLITE_BUSY_SNAPSHOT). Data another seed changed since the plan was read is planned again inside it.
 */
export function applySeed(db: Db, data: Dataset, plan: SeedPlan, fingerprint?: string): SeedReport {
  return db.transaction(
    (tx) => {
      const current = readMeta(tx, REVISION) === plan.revision ? plan : planAgainst(tx, planTables(data));
      // One prepared statement a table: drizzle's builder took four times as long for an import of
      // 6,000 companies, and other writers wait for this transaction.
      for (const { table, inserts } of current.steps) {
        if (inserts.length === 0) continue;
        const columns = getTableColumns(table);
        const keys = Object.keys(inserts[0]!);
        const insert = db.$client.prepare(
          `INSERT INTO "${getTableName(table)}" (${keys.map((k) => `"${columns[k]!.name}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
        );
        for (const row of inserts) insert.run(keys.map((k) => row[k] ?? null));
      }
      for (const { table, idColumn, updates } of current.steps) {
        const column = getTableColumns(table)[idColumn]!;
        for (const row of updates) tx.update(table).set(row).where(eq(column, row[idColumn])).run();
      }
      // Dependants first, so no foreign key is left dangling mid-way.
      for (const { table, idColumn, deletes } of [...current.steps].reverse()) {
        const column = getTableColumns(table)[idColumn]!;
        for (let i = 0; i < deletes.length; i += MAX_VARIABLES)
          tx.delete(table)
            .where(inArray(column, deletes.slice(i, i + MAX_VARIABLES)))
            .run();
      }
      if (current.report.changes.length > 0) writeMeta(tx, REVISION, String(Number(current.revision ?? 0) + 1));
      if (fingerprint !== undefined && readMeta(tx, FINGERPRINT) !== fingerprint)
        writeMeta(tx, FINGERPRINT, fingerprint);
      return current.report;
    },
    { behavior: 'immediate' },
  );
}

/** Below SQLite's limit of bound values in one statement (32,766). */
const MAX_VARIABLES = 30_000;

function planAgainst(tx: Pick<Db, 'select'>, tables: TablePlan[]): SeedPlan {
  const report: SeedReport = { inserted: 0, updated: 0, deleted: 0, changes: [] };
  const steps: SeedPlan['steps'] = [];
  for (const plan of tables) {
    const name = getTableName(plan.table);
    const step = {
      table: plan.table,
      idColumn: plan.idColumn,
      inserts: [] as Row[],
      updates: [] as Row[],
      deletes: [] as unknown[],
    };
    const existing = new Map<string, Row>();
    for (const row of tx.select().from(plan.table).all() as Row[]) existing.set(plan.keyOf(row), row);
    for (const row of plan.rows) {
      const key = plan.keyOf(row);
      const current = existing.get(key);
      existing.delete(key);
      if (!current) {
        step.inserts.push(row);
        report.changes.push({ table: name, key, change: 'added' });
      } else if (differs(row, current)) {
        step.updates.push({ ...row, [plan.idColumn]: current[plan.idColumn] });
        report.changes.push({ table: name, key, change: 'changed', fields: changedFields(row, current) });
      }
    }
    for (const [key, row] of existing) {
      step.deletes.push(row[plan.idColumn]);
      report.changes.push({ table: name, key, change: 'removed' });
    }
    report.inserted += step.inserts.length;
    report.updated += step.updates.length;
    report.deleted += step.deletes.length;
    steps.push(step);
  }
  return { report, revision: readMeta(tx, REVISION), steps };
}

function writeMeta(tx: Pick<Db, 'insert'>, key: string, value: string): void {
  tx.insert(schema.meta)
    .values({ key, value })
    .onConflictDoUpdate({ target: schema.meta.key, set: { value, updatedAt: new Date().toISOString() } })
    .run();
}

/** The meta key under which the store keeps the fingerprint of the data files it was seeded from. */
export const FINGERPRINT = 'dataset_fingerprint';
/** The fingerprint of a store whose data staff imported: `imported:<when>`. */
export const IMPORTED = 'imported:';
/** Counts the seeds that changed the data, so that a plan read before another one is not applied after it. */
const REVISION = 'data_revision';

export function readMeta(db: Pick<Db, 'select'>, key: string): string | undefined {
  return db.select().from(schema.meta).where(eq(schema.meta.key, key)).get()?.value;
}

function planTables(data: Dataset): TablePlan[] {
  const bySlug = (row: Row) => String(row.slug);
  const zoneDistrict = new Map(data.zones.map((z) => [z.slug, z.in]));
  const sourceDate = new Map(data.sources.map((s) => [s.id, sourceAsOf(s)]));
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
  const statuses = new Map<string, SourcedFact[]>();
  for (const f of data.facts) if (f.metric === 'status') statuses.set(f.entity, [...(statuses.get(f.entity) ?? []), f]);
  const statusOf = (slug: string) => newest(statuses.get(slug) ?? [], sourceDate);

  return [
    {
      table: schema.sources,
      idColumn: 'id',
      keyOf: (row) => String(row.id),
      rows: data.sources.map((s) => ({
        id: s.id,
        title: s.title ?? '',
        publisher: s.publisher.en,
        publisherRu: s.publisher.ru,
        publisherKk: s.publisher.kk,
        date: s.date === UNDATED ? '' : s.date,
        datePrecision: s.date_precision,
        dataTo: s.data_to ?? '',
        language: s.language ?? '',
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

function changedFields(wanted: Row, current: Row): FieldChange[] {
  const plain = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : v == null ? null : String(v));
  return Object.keys(wanted)
    .filter((k) => (wanted[k] ?? null) !== (current[k] ?? null))
    .map((field) => ({ field, before: plain(current[field]), after: plain(wanted[field]) }));
}

function scriptOf(text: string): 'cyrl' | 'latn' | 'mixed' {
  const cyrl = /\p{Script=Cyrillic}/u.test(text);
  const latn = /\p{Script=Latin}/u.test(text);
  return cyrl && latn ? 'mixed' : cyrl ? 'cyrl' : 'latn';
}
