// Runs a command-line entry point: a known failure (a broken data file, a bad argument) prints one
// clear line and exits 1; anything else prints its stack.
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
