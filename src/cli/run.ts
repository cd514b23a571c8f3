// Runs a command-line entry point: a known failure (a broken data file, a bad argument, a store kept
// locked by another process) prints one clear line and exits 1; anything else prints its stack.
import { createInterface } from 'node:readline/promises';
import { SqliteError } from 'better-sqlite3';
import { DatasetError } from '../dataset/load.ts';

export class UsageError extends Error {}

export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((err: unknown) => {
      if (err instanceof DatasetError || err instanceof UsageError) console.error(`error: ${err.message}`);
      else if (err instanceof SqliteError && err.code.startsWith('SQLITE_BUSY')) {
        console.error(
          'error: the store is busy: another process (the bot?) kept it locked; nothing was changed, try again',
        );
      } else console.error(err);
      process.exitCode = 1;
    });
}

/** Asks a yes/no question on the terminal; anything but "y"/"yes" (or no terminal at all) is no. */
export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } catch {
    return false;
  } finally {
    rl.close();
  }
}
