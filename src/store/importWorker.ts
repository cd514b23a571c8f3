// The worker thread of a staff import (see imports.ts): one job, one answer, then it ends.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { fromBundle } from '../dataset/bundle.ts';
import { DatasetError } from '../dataset/load.ts';
import { readCatalogue } from './catalogue.ts';
import type { ImportOutcome, ImportRequest } from './imports.ts';
import { openStore } from './open.ts';
import { applySeed, planSeed, type SeedReport } from './seed.ts';

const { path, job, hold } = workerData as ImportRequest;
const answer = (outcome: ImportOutcome) => parentPort!.postMessage(outcome);
const store = openStore(path, { seed: false });
try {
  const data = fromBundle(job.text, job.name);
  const plan = planSeed(store.db, data);
  const digest = digestOf(plan.report);
  if (hold) {
    Atomics.store(hold, 1, 1);
    Atomics.notify(hold, 1);
    Atomics.wait(hold, 0, 0);
  }
  if (job.kind === 'plan') answer({ kind: 'planned', report: plan.report, digest });
  else if (digest !== job.shown) answer({ kind: 'outdated' });
  else {
    const report = applySeed(store.db, data, plan, job.fingerprint);
    answer({ kind: 'applied', report, catalogue: readCatalogue(store) });
  }
} catch (err) {
  if (!(err instanceof DatasetError)) throw err;
  const { message: problem, file, record, field, reason } = err;
  answer({ kind: 'rejected', problem, file, record, field, reason });
} finally {
  store.close();
}

function digestOf(report: SeedReport): string {
  const hash = createHash('sha256');
  for (const c of report.changes) hash.update(`${c.change} ${c.table} ${c.key}\n`);
  return hash.digest('hex');
}
