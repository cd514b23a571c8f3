// The command behind `npm start`, read from package.json, so that what is measured and tested as
// "the bot as a process" is what runs in production (with its memory settings).
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '../store/paths.ts';

/** The node binary and its arguments, to spawn directly (a process manager sends signals to node, not to npm). */
export function startCommand(): { command: string; args: string[] } {
  const pkg = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { scripts?: { start?: unknown } };
  const start = pkg.scripts?.start;
  const [bin, ...args] = typeof start === 'string' ? start.trim().split(/\s+/) : [];
  if (bin !== 'node') throw new Error(`package.json: scripts.start: expected a "node …" command, found ${JSON.stringify(start)}`);
  return { command: process.execPath, args };
}
