// Shared test plumbing: temporary stores and the paths of fixture files.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DIR } from '../src/store/paths.ts';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(REPO, 'test/fixtures');
export const SHARED = join(REPO, '../shared');

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
