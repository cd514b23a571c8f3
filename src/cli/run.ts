// Runs a command-line entry point: a known failure (a broken data file, a bad argument) prints one
// clear line and exits 1; anything else prints its stack.
import { createInterface } from 'node:readline/promises';
import { DatasetError } from '../dataset/load.ts';

export class UsageError extends Error {}

export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((err: unknown) => {
      if (err instanceof DatasetError || err instanceof UsageError) console.error(`error: ${err.message}`);
      else console.error(err);
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
