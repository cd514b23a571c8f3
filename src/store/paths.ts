// Repository folders resolved from this file, so commands work from any working directory. The root
// is the nearest folder above with package.json: this file runs from src/store under tsx and from
// dist/ once bundled for npm start.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return `${dir}/`;
    if (dirname(dir) === dir) throw new Error(`no package.json in any folder above ${from}`);
  }
}

export const REPO_ROOT = repoRoot(dirname(fileURLToPath(import.meta.url)));
const root = (path: string) => `${REPO_ROOT}${path}`;

export const MIGRATIONS_DIR = root('db/migrations');
export const SEED_DIR = root('db/seed');
export const DEFAULT_DATABASE_PATH = 'data/bot.db';
