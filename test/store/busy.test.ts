// An import while another process writes: the import's transaction takes the write lock before it
// reads, so it waits for the other writer (the store's busy timeout) instead of failing at once with
// SQLITE_BUSY_SNAPSHOT; a store kept locked past the timeout gives the CLI one clear line.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.ts';
import { openStore } from '../../src/store/open.ts';
import { seedStore } from '../../src/store/seed.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { REPO, runScript, tempDir } from '../helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/**
 * Another process's writer: holds the store's write lock with a change of its own, then commits after
 * `ms`, or when told 'release' when `ms` is undefined.
 */
async function holdWriteLock(path: string, ms?: number): Promise<Worker> {
  const worker = new Worker(
    `const Database = require('better-sqlite3');
     const { workerData, parentPort } = require('node:worker_threads');
     const db = new Database(workerData.path);
     db.exec("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('other-writer', 'x') ON CONFLICT (key) DO UPDATE SET value = 'y';");
     parentPort.postMessage('locked');
     const release = () => { db.exec('COMMIT'); db.close(); parentPort.postMessage('released'); };
     if (workerData.ms === undefined) parentPort.once('message', release);
     else setTimeout(release, workerData.ms);`,
    { eval: true, workerData: { path, ms } },
  );
  await once(worker, 'message');
  return worker;
}

describe('an import beside another writer', () => {
  it('waits for the other writer and then applies, rather than failing', async () => {
    const path = join(tmp.dir, 'busy.db');
    const store = openStore(path);
    const data = loadDataset(SEED_DIR);
    // A change to apply: one company renamed.
    data.companies[0] = { ...data.companies[0]!, name: { ...data.companies[0]!.name, en: 'Renamed while busy' } };
    const worker = await holdWriteLock(path, 1000);
    const released = once(worker, 'message');
    const report = seedStore(store.db, data);
    await released;
    expect(report.updated).toBeGreaterThan(0);
    const row = store.sqlite.prepare("SELECT value FROM meta WHERE key = 'other-writer'").get();
    expect(row).toEqual({ value: 'x' });
    store.close();
    await worker.terminate();
  });

  it('tells the operator plainly when the store stays locked past the busy timeout', async () => {
    const path = join(tmp.dir, 'locked.db');
    openStore(path).close();
    const dir = join(tmp.dir, 'export');
    expect(runScript('data:export', [dir], { ...process.env, DATABASE_PATH: path }).code).toBe(0);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const companies = join(dir, 'companies.yaml');
    writeFileSync(
      companies,
      readFileSync(companies, 'utf8')
        .replace('name:', 'name:')
        .replace(/en: (.+)/, 'en: $1 (renamed)'),
    );
    // Held until the import has given up, however long it takes to get there.
    const worker = await holdWriteLock(path);
    const child = spawn('npm', ['run', '-s', 'data:import', '--', dir, '--yes'], {
      cwd: REPO,
      env: { ...process.env, DATABASE_PATH: path },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    worker.postMessage('release');
    await once(worker, 'message');
    const r = { code, err };
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      'error: the store is busy: another process (the bot?) kept it locked; nothing was changed, try again',
    );
    await worker.terminate();
  }, 30_000);
});
