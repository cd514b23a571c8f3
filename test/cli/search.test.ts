// The search command as a person or a script runs it: output, exit codes, and DATABASE_PATH.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript, tempStore } from '../helpers.ts';

const { env, cleanup } = tempStore('cli.db');
afterAll(cleanup);
const run = (args: string[], input?: string) => runScript('search', args, env, input);

interface Hit {
  slug: string;
  kind: string;
  name_ru: string;
  name_kk: string;
  score: number;
}

describe('npm run search', () => {
  it('prints JSON results best first, creating the store on first use', () => {
    const r = run(['--json', 'Валтерм']);
    expect(r.code).toBe(0);
    expect(existsSync(env.DATABASE_PATH!)).toBe(true);
    const hits = JSON.parse(r.out) as Hit[];
    expect(hits[0]).toMatchObject({ slug: 'valtherm', kind: 'company', name_ru: 'Valtherm', name_kk: 'Valtherm' });
    expect(hits[0]!.score).toBeGreaterThan(0);
  });

  it('prints an empty array when nothing matches', () => {
    const r = run(['--json', 'погода в Лондоне']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('limits the results', () => {
    const hits = JSON.parse(run(['--json', '--limit', '1', 'Алатау']).out) as Hit[];
    expect(hits).toHaveLength(1);
  });

  it('prints a readable list without --json', () => {
    const r = run(['Қайрат-2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. kairat-2 {2}\(zone, /);
    expect(run(['купить iPhone']).out).toContain('nothing found');
  });

  it('answers one JSON line per input line in --batch mode', () => {
    const r = run(['--json', '--batch'], 'Шелек\nпривет\nrfhfcfq\n');
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { query: string; results: Hit[] });
    expect(lines.map((l) => l.query)).toEqual(['Шелек', 'привет', 'rfhfcfq']);
    expect(lines[0]!.results[0]!.slug).toBe('shelek');
    expect(lines[1]!.results).toEqual([]);
    expect(lines[2]!.results[0]!.slug).toBe('karasay-district');
  });

  it('refuses bad arguments with a usage line and exit code 1', () => {
    for (const args of [
      [],
      ['--limit', 'ten', 'x'],
      ['--limit', '0', 'x'],
      ['--limit', '1e2', 'x'],
      ['--nope', 'x'],
      ['--batch', 'x'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(/usage: npm run -s search/);
    }
  });
});
