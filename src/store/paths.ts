// Repository folders resolved from this file, so commands work from any working directory.
import { fileURLToPath } from 'node:url';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const MIGRATIONS_DIR = root('db/migrations');
export const SEED_DIR = root('db/seed');
export const DEFAULT_DATABASE_PATH = 'data/bot.db';
