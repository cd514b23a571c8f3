// npm run db:backup while the store is in use: a consistent copy that opens and holds the data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { loadDataset } from '../../src/dataset/load.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { entityCount, runScript, tempStore } from '../helpers.ts';

const { dir, env, cleanup } = tempStore('live.db');
afterAll(cleanup);

describe('npm run db:backup', () => {
  it('copies a store that is open and being written', () => {
    const store = openStore(env.DATABASE_PATH!);
    try {
      store.sqlite
        .prepare("INSERT INTO users (id, first_name, first_seen, last_seen) VALUES (1, 'A', 'now', 'now')")
        .run();
      const target = join(dir, 'copy.db');
      const r = runScript('db:backup', [target], env);
      expect(r.code, r.err).toBe(0);
      expect(existsSync(target)).toBe(true);
      const copy = new Database(target, { readonly: true });
      expect(copy.prepare('SELECT count(*) AS n FROM entities').get()).toEqual({
        n: entityCount(loadDataset(SEED_DIR)),
      });
      expect(copy.prepare('SELECT first_name FROM users WHERE id = 1').get()).toEqual({ first_name: 'A' });
      copy.close();
      expect(runScript('db:backup', [target], env).code).toBe(1);
    } finally {
      store.close();
    }
  });
});
