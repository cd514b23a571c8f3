// npm run -s data:export -- <dir>        the store's dataset as editable files (the layout of db/seed)
// npm run -s data:import -- <dir> [--yes] validate changed files, show the difference, apply it in one
//                                         transaction after confirmation
// Both use DATABASE_PATH. A broken file is rejected with its file, record and field named, and
// nothing changes.
import { parseArgs } from 'node:util';
import { exportDataset, writeDataset } from '../dataset/export.ts';
import { loadDataset } from '../dataset/load.ts';
import { databasePath, openStore } from '../store/open.ts';
import { IMPORTED, seedStore, type SeedReport } from '../store/seed.ts';
import { zones } from '../store/schema.ts';
import { recipients } from '../broadcast/queue.ts';
import { confirm, runCli, UsageError } from './run.ts';

const USAGE = 'usage: npm run -s data:export -- <dir>  |  npm run -s data:import -- <dir> [--yes]';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { yes: { type: 'boolean' } } });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const [verb, dir] = parsed.positionals;
  if ((verb !== 'export' && verb !== 'import') || !dir || parsed.positionals.length > 2) throw new UsageError(USAGE);
  if (verb === 'export') {
    const store = openStore(databasePath());
    try {
      const data = exportDataset(store.db);
      const files = writeDataset(dir, data);
      console.log(
        `${dir}: ${files.length} files, ${data.districts.length + data.zones.length + data.companies.length} entities, ${data.facts.length} facts`,
      );
    } finally {
      store.close();
    }
    return;
  }
  const data = loadDataset(dir);
  const store = openStore(databasePath());
  try {
    const diff = seedStore(store.db, data, undefined, { dryRun: true });
    printDiff(diff);
    if (diff.changes.length === 0) return;
    if (!parsed.values.yes && !(await confirm('Apply these changes? [y/N] '))) {
      console.log('nothing changed');
      return;
    }
    const applied = seedStore(store.db, data, `${IMPORTED}${new Date().toISOString()}`);
    console.log(`applied: added ${applied.inserted}, changed ${applied.updated}, removed ${applied.deleted}`);
    // Followers of a zone whose figures changed can be told: a ready command per zone.
    const zoneSlugs = new Set(
      store.db
        .select({ slug: zones.slug })
        .from(zones)
        .all()
        .map((z) => z.slug),
    );
    for (const zone of changedZones(applied).filter((slug) => zoneSlugs.has(slug))) {
      const followers = recipients(store.db, { kind: 'topic', topic: `zone:${zone}` }).length;
      if (followers > 0)
        console.log(
          `zone ${zone}: ${followers} followers — npm run -s broadcast -- --audience topic:zone:${zone} --text "…"`,
        );
    }
  } finally {
    store.close();
  }
});

function printDiff(diff: SeedReport): void {
  if (diff.changes.length === 0) {
    console.log('no changes');
    return;
  }
  const byTable = new Map<string, Record<string, number>>();
  for (const c of diff.changes) {
    const t = byTable.get(c.table) ?? {};
    t[c.change] = (t[c.change] ?? 0) + 1;
    byTable.set(c.table, t);
  }
  for (const [table, counts] of byTable)
    console.log(
      `${table}: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  for (const c of diff.changes.filter((x) => x.table === 'facts' || x.table === 'entities'))
    console.log(`  ${c.change} ${c.table} ${c.key}`);
}

/** Zones whose facts were added, changed or removed (fact keys start with the entity's slug). */
function changedZones(report: SeedReport): string[] {
  return [...new Set(report.changes.filter((c) => c.table === 'facts').map((c) => c.key.split('|')[0]!))];
}
