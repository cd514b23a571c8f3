// npm run db:backup -- <file> — a consistent copy of the store at DATABASE_PATH, taken with SQLite's
// online backup while the bot keeps running. Restore: stop the bot, put the copy at DATABASE_PATH.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { databasePath } from '../store/open.ts';
import { runCli, UsageError } from './run.ts';

const USAGE = 'usage: npm run db:backup -- <file>';

runCli(async () => {
  let positionals: string[];
  try {
    positionals = parseArgs({ allowPositionals: true, options: {} }).positionals;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const [target] = positionals;
  if (!target || positionals.length > 1) throw new UsageError(USAGE);
  const source = databasePath();
  if (!existsSync(source)) throw new UsageError(`no store at ${source} (DATABASE_PATH)`);
  if (existsSync(target)) throw new UsageError(`${target} exists already: choose a new file`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target);
    console.log(`${source} → ${target}: ${totalPages} pages`);
  } finally {
    db.close();
  }
});
