// Data updates from the command line: export, an unchanged import, a changed one applied in one
// transaction, and a broken file rejected with its file, record and field named and nothing changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadDataset } from '../../src/dataset/load.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { entityCount, runScript, tempStore } from '../helpers.ts';

const { dir, env, cleanup } = tempStore('data.db');
afterAll(cleanup);
const exported = join(dir, 'export');
const investment = () => {
  const db = new Database(env.DATABASE_PATH!, { readonly: true });
  const row = db
    .prepare("SELECT value_num AS v FROM facts WHERE entity_slug = 'valtherm' AND metric = 'investment'")
    .get() as { v: number };
  db.close();
  return row.v;
};

describe('npm run data:export / data:import', () => {
  it('exports the dataset as files that import back unchanged', () => {
    const out = runScript('data:export', [exported], env);
    expect(out.code, out.err).toBe(0);
    const seed = loadDataset(SEED_DIR);
    expect(out.out).toContain(`${4 + seed.sources.length} files, ${entityCount(seed)} entities`);
    const again = runScript('data:import', [exported], env);
    expect(again.code, again.err).toBe(0);
    expect(again.out.trim()).toBe('no changes');
  });

  it('shows the difference and applies it', () => {
    const file = join(exported, 'facts/almaty-akimat-2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: 11600000000', 'value: 11700000000'));
    const r = runScript('data:import', [exported, '--yes'], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('facts: changed 1');
    expect(r.out).toContain('changed facts valtherm|investment');
    expect(investment()).toBe(11_700_000_000);
  });

  it('rejects a broken file and changes nothing', () => {
    const file = join(exported, 'zones.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('zone_kind: sez', 'zone_kind: casino'));
    const r = runScript('data:import', [exported, '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/zones\.yaml: record #\d+ \(pit-alatau\): field "zone_kind"/);
    expect(investment()).toBe(11_700_000_000);
  });
});
