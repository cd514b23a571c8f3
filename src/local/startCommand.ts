// The command behind `npm start`, read from package.json, so that what is measured and tested as
// "the bot as a process" is what runs in production (with its memory settings), and the build it
// runs: the bot bundled into one JavaScript file, so a start compiles no TypeScript (tsx costs about
// 30 MB of memory and half a second of start) and hot code keeps its closures unnamed.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { REPO_ROOT } from '../store/paths.ts';

/** What `npm run build` makes and `npm start` runs. */
export const START_BUNDLE = 'dist/main.js';

/** The node binary and its arguments, to spawn directly (a process manager sends signals to node, not to npm). */
export function startCommand(): { command: string; args: string[] } {
  const pkg = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { scripts?: { start?: unknown } };
  const start = pkg.scripts?.start;
  const [bin, ...args] = typeof start === 'string' ? start.trim().split(/\s+/) : [];
  if (bin !== 'node')
    throw new Error(`package.json: scripts.start: expected a "node …" command, found ${JSON.stringify(start)}`);
  return { command: process.execPath, args };
}

/** The bot's worker threads, bundled beside it. */
const WORKERS: Record<string, string> = { 'src/store/importWorker.ts': 'dist/import-worker.js' };

/** Bundles an entry point of src/ (the bot's by default, with its workers) into dist/; packages stay outside. */
export async function bundle(entry = 'src/main.ts', outfile = START_BUNDLE): Promise<string> {
  if (outfile === START_BUNDLE) for (const [worker, out] of Object.entries(WORKERS)) await bundle(worker, out);
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
