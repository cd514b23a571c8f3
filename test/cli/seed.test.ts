// npm run db:seed as staff run it: a clean re-seed changes nothing; a broken file exits 1 naming
// the file, record and field, and leaves the store as it was.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySeedDir, REPO, tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  tmp = tempDir();
  env = { ...process.env, DATABASE_PATH: join(tmp.dir, 'seed.db') };
});
afterAll(() => tmp.cleanup());

const seed = (...args: string[]) => spawnSync('npm', ['run', '-s', 'db:seed', '--', ...args], { cwd: REPO, env, encoding: 'utf8' });
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
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/5 sources, \d+ entities, \d+ facts; inserted [1-9]\d*, updated 0, deleted 0/);
    const second = seed();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('inserted 0, updated 0, deleted 0');
  });

  it('rejects a broken file with exit code 1, naming file, record and field, and changes nothing', () => {
    const before = facts();
    const dir = copySeedDir(tmp.dir);
    const file = join(dir, 'facts/kazinform-2025-11-27.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/unit: money/, 'unit: tenge'));
    const r = seed('--data', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kazinform-2025-11-27\.yaml: record #\d+ \([a-z0-9-]+\): field "unit"/);
    expect(facts()).toEqual(before);
  });
});
