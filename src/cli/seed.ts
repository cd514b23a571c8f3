// npm run db:seed [-- --data <dir>] — brings the store at DATABASE_PATH in line with the data files
// (db/seed/ unless another folder is given).
import { parseArgs } from 'node:util';
import { datasetFingerprint, loadDataset } from '../dataset/load.ts';
import { databasePath, openStore } from '../store/open.ts';
import { SEED_DIR } from '../store/paths.ts';
import { seedStore } from '../store/seed.ts';
import { runCli, UsageError } from './run.ts';

runCli(() => {
  let dir = SEED_DIR;
  try {
    dir = parseArgs({ options: { data: { type: 'string' } } }).values.data ?? SEED_DIR;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nusage: npm run db:seed [-- --data <dir>]`);
  }
  // Validate before opening: a broken file must not leave a half-made store behind.
  const data = loadDataset(dir);
  const store = openStore(databasePath(), { seed: false });
  try {
    const r = seedStore(store.db, data, datasetFingerprint(dir));
    const entities = data.districts.length + data.zones.length + data.companies.length;
    console.log(
      `${store.path}: ${data.sources.length} sources, ${entities} entities, ${data.facts.length} facts; inserted ${r.inserted}, updated ${r.updated}, deleted ${r.deleted}`,
    );
  } finally {
    store.close();
  }
});
