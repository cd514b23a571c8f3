// npm run db:seed — brings the store in line with the data files under db/seed/.
import { loadDataset } from '../dataset/load.ts';
import { databasePath, openStore } from '../store/open.ts';
import { SEED_DIR } from '../store/paths.ts';
import { seedStore } from '../store/seed.ts';
import { runCli } from './run.ts';

runCli(() => {
  const data = loadDataset(SEED_DIR);
  const store = openStore(databasePath());
  try {
    const r = seedStore(store.db, data);
    console.log(
      `${store.path}: ${data.sources.length} sources, ${data.districts.length + data.zones.length + data.companies.length} entities, ${data.facts.length} facts; ` +
        `inserted ${r.inserted}, updated ${r.updated}, deleted ${r.deleted}`,
    );
  } finally {
    store.close();
  }
});
