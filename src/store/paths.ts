// Repository folders resolved from this file, so commands work from any working directory.
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const root = (path: string) => `${REPO_ROOT}${path}`;

export const MIGRATIONS_DIR = root('db/migrations');
export const SEED_DIR = root('db/seed');
export const DEFAULT_DATABASE_PATH = 'data/bot.db';
