// npm run db:seed as staff run it: a clean re-seed changes nothing; a broken file exits 1 naming
// the file, record and field, and leaves the store as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadDataset } from '../../src/dataset/load.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { copySeedDir, entityCount, runScript, tempStore } from '../helpers.ts';

const { dir: tmpDir, env, cleanup } = tempStore('seed.db');
afterAll(cleanup);
const seed = (...args: string[]) => runScript('db:seed', args, env);
const facts = () => {
  const db = new Database(env.DATABASE_PATH!, { readonly: true });
  try {
    return db.prepare('SELECT entity_slug, metric, scope, as_of, value_num, value_text FROM facts ORDER BY id').all();
  } finally {
    db.close();
  }
};

describe('npm run db:seed', () => {
  it('creates the store, and a second run changes nothing', () => {
    const first = seed();
    expect(first.code, first.err).toBe(0);
    const data = loadDataset(SEED_DIR);
    expect(first.out).toContain(`${data.sources.length} sources, ${entityCount(data)} entities`);
    expect(first.out).toMatch(/ facts; inserted [1-9]\d*, updated 0, deleted 0/);
    const second = seed();
    expect(second.code).toBe(0);
    expect(second.out).toContain('inserted 0, updated 0, deleted 0');
  });

  it('rejects a broken file with exit code 1, naming file, record and field, and changes nothing', () => {
    const before = facts();
    const dir = copySeedDir(tmpDir);
    const file = join(dir, 'facts/kazinform-2025-11-27.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/unit: money/, 'unit: tenge'));
    const r = seed('--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/kazinform-2025-11-27\.yaml: record #\d+ \([a-z0-9-]+\): field "unit"/);
    expect(facts()).toEqual(before);
  });
});
