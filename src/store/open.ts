// Opens the SQLite store: creates the file and its folder, applies migrations, and seeds an empty store.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { count } from 'drizzle-orm';
import { datasetFingerprint, loadDataset } from '../dataset/load.ts';
import { DEFAULT_DATABASE_PATH, MIGRATIONS_DIR, SEED_DIR } from './paths.ts';
import * as schema from './schema.ts';
import { FINGERPRINT, IMPORTED, readMeta, seedStore } from './seed.ts';
import { createRepositories, type Repositories } from './repositories.ts';
import type { Db } from './db.ts';

export type { Db } from './db.ts';

export interface Store {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: Db;
  readonly repos: Repositories;
  close(): void;
}

export interface OpenOptions {
  /** Where the data files are; the repository's db/seed by default. */
  seedDir?: string;
  /**
   * Seed an empty store, and re-seed one whose data files have changed since (default); the
   * seeding command turns this off to report what it writes itself.
   */
  seed?: boolean;
}

export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.DATABASE_PATH?.trim();
  return value ? value : DEFAULT_DATABASE_PATH;
}

export function openStore(path: string = databasePath(), options: OpenOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // First: opening beside a running bot may find the store locked, and so may every pragma after it.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints, not at every commit: durable across a process crash,
  // and far fewer disk flushes per update (a power cut may lose the last commits).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    if (options.seed ?? true) {
      const dir = options.seedDir ?? SEED_DIR;
      const fingerprint = datasetFingerprint(dir);
      const [row] = db.select({ n: count() }).from(schema.sources).all();
      const stored = readMeta(db, FINGERPRINT);
      // Staff imports are kept: new data files then reach the store only through npm run db:seed.
      const imported = stored?.startsWith(IMPORTED) ?? false;
      if (!row || row.n === 0 || (!imported && stored !== fingerprint)) seedStore(db, loadDataset(dir), fingerprint);
    }
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return { path, sqlite, db, repos: createRepositories(db), close: () => sqlite.close() };
}
