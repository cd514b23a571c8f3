// The shape of the code, checked from its imports: no cycles; the pure domain (search, cards, understand,
// guide) imports neither the bot nor the store; the store imports nothing of the bot or of
// rendering; a feature reaches another only through that feature's index.ts; shared bot modules
// import no feature.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.ts';

const SRC = join(REPO, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each source file (relative to src/) and the source files it imports. */
const graph = new Map(
  sources(SRC).map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)].map((m) =>
      relative(SRC, resolve(dirname(file), m[1]!)),
    );
    return [relative(SRC, file), targets] as const;
  }),
);

const importsOf = (file: string) => graph.get(file) ?? [];
const under = (dir: string) => [...graph.keys()].filter((f) => f.startsWith(`${dir}/`));

describe('the architecture', () => {
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      for (const next of importsOf(file)) if (graph.has(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the domain free of the bot and the store', () => {
    const domain = ['search', 'cards', 'guide', 'understand', 'eval'].flatMap(under);
    const wrong = domain.flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith('bot/') || t.startsWith('store/'))
        .map((t) => `${f} → ${t}`),
    );
    expect(domain.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('keeps the store free of the bot and of rendering', () => {
    const rendering = ['cards/render.ts', 'cards/compare.ts', 'cards/application.ts'];
    const wrong = under('store').flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith('bot/') || rendering.includes(t))
        .map((t) => `${f} → ${t}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lets features reach each other only through their index.ts, and shared bot code reach none', () => {
    const featureOf = (f: string) => /^bot\/features\/([^/]+)\//.exec(f)?.[1];
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      if (!file.startsWith('bot/')) continue;
      const own = featureOf(file);
      for (const t of targets) {
        const other = featureOf(t);
        if (!other || other === own) continue;
        const shared = own === undefined && file !== 'bot/index.ts';
        if (shared || t !== `bot/features/${other}/index.ts`) wrong.push(`${file} → ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
