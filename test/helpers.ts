// Shared test plumbing: temporary stores and the paths of fixture files.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../src/dataset/load.ts';
import { afterAll, beforeAll, vi } from 'vitest';
import { OFFLINE_TOKEN, startLocalBot, type LocalBot } from '../src/local/harness.ts';
import { startCommand } from '../src/local/startCommand.ts';
import { REPO_ROOT, SEED_DIR } from '../src/store/paths.ts';

export const REPO = REPO_ROOT;
export const FIXTURES = join(REPO, 'test/fixtures');

/** How many districts, zones and companies a dataset holds. */
export function entityCount(data: Pick<Dataset, 'districts' | 'zones' | 'companies'>): number {
  return data.districts.length + data.zones.length + data.companies.length;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'invest-bot-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the data files that a test may break. */
export function copySeedDir(into: string): string {
  const dir = join(into, 'seed');
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

/** Runs an npm script of this repository as a person would, against the store at env.DATABASE_PATH. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const r = spawnSync('npm', ['run', '-s', script, '--', ...args], { cwd: REPO, env, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A temporary folder and an environment whose DATABASE_PATH points into it. */
export function tempStore(file: string): { dir: string; env: NodeJS.ProcessEnv; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  return { dir, env: { ...process.env, DATABASE_PATH: join(dir, file) }, cleanup };
}

/** Waits until `check` holds (what another process or the bot does in its own time). */
export async function until(check: () => boolean, what = 'the condition', ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The command behind `npm start` (bundled first: its prestart), run directly as a process manager runs
 * it (npm itself dies with a signal), against the Bot API at `apiRoot`; what it logs is collected.
 */
export function spawnBot(
  apiRoot: string,
  env: Record<string, string>,
): { child: ChildProcess; logs: () => string; exited: Promise<number | null> } {
  const { command, args } = startCommand();
  const child = spawn(command, args, {
    cwd: REPO,
    env: { ...process.env, BOT_TOKEN: OFFLINE_TOKEN, BOT_API_ROOT: apiRoot, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, logs: () => logs, exited };
}

/**
 * The real bot against the emulator for a test file, on a fixed clock (only Date: which figures are
 * old and which plans have passed depends on it); started before the file's tests, stopped after.
 * Scripted users answer far faster than people: they are not held to a person's rate.
 */
export function botOnFixedClock(now: string): () => LocalBot {
  let tmp: ReturnType<typeof tempDir>;
  let local: LocalBot;
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
    tmp = tempDir();
    local = await startLocalBot({ databasePath: join(tmp.dir, 'bot.db'), userRateLimit: 10_000 });
  });
  afterAll(async () => {
    await local.stop();
    tmp.cleanup();
    vi.useRealTimers();
  });
  return () => local;
}
