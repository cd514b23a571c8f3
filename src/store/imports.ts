// A staff import run off the bot's thread: the file parsed and validated, its difference with the
// store planned, written, and the new catalogue built, in a worker thread with a heap of its own. The
// bot meanwhile answers everyone else, and a file that would need more memory than the worker has
// ends the worker, not the bot.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatasetProblem } from '../dataset/load.ts';
import type { Catalogue } from './catalogue.ts';
import type { SeedReport } from './seed.ts';

export type ImportJob =
  | { kind: 'plan'; name: string; text: string }
  /** Applies the file if its difference is still the one shown (its digest), recording `fingerprint` as the data's. */
  | { kind: 'apply'; name: string; text: string; shown: string; fingerprint: string };

export type ImportOutcome =
  | { kind: 'planned'; report: SeedReport; digest: string }
  | { kind: 'applied'; report: SeedReport; catalogue: Catalogue }
  /** The difference is no longer the one shown: another change came between. */
  | { kind: 'outdated' }
  /** The file is broken: where (section, record, field) and what, as data to be said in any language. */
  | { kind: 'rejected'; problem: string; file: string; record: string; field: string; reason: DatasetProblem };

export interface ImportRequest {
  path: string;
  job: ImportJob;
  hold?: ImportHold;
}

/**
 * For tests of what the bot does while an import runs: the worker, its difference planned, sets
 * `hold[1]` to 1 and waits until `hold[0]` is 1 (Atomics on shared memory).
 */
export type ImportHold = Int32Array<SharedArrayBuffer>;

/**
 * The worker's heap: the largest file the bot accepts needs about half of it (npm run bench:import);
 * V8's own default would be as large as the bot's.
 */
const WORKER_HEAP_MB = 96;

export function runImport(path: string, job: ImportJob, hold?: ImportHold): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = spawn({ path, job, ...(hold ? { hold } : {}) });
    let outcome: ImportOutcome | undefined;
    worker.once('message', (message: ImportOutcome) => (outcome = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      outcome ? resolve(outcome) : reject(new Error(`the import worker stopped with code ${code}`)),
    );
  });
}

function spawn(request: ImportRequest): Worker {
  const options = { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // Bundled (npm start), the worker is dist/import-worker.js beside dist/main.js; from the sources
  // (tests, the offline chat) it is compiled on the fly as the rest of them are.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./import-worker.js', import.meta.url), options);
  const source = fileURLToPath(new URL('./importWorker.ts', import.meta.url));
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { ...options, eval: true });
}
