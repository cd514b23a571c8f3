// npm run bench:search — quality and speed of the search, printed as tables:
// top-1 accuracy per category on the query sets, negatives rejected, index build time, and
// per-query latency on the real store and on a synthetic store of 10,000 entities.
import Fuse from 'fuse.js';
import { join } from 'node:path';
import { NEGATIVES, syntheticDocs, syntheticQueries } from '../bench/synthetic.ts';
import { search } from '../search/engine.ts';
import { evaluate, readCases, type EvalCase, type EvalOutcome } from '../search/eval.ts';
import { buildIndex, type SearchDoc, type SearchIndex } from '../search/index.ts';
import { databasePath, openStore } from '../store/open.ts';
import { loadSearchDocs } from '../store/search-docs.ts';
import { REPO_ROOT } from '../store/paths.ts';
import { runCli } from './run.ts';

const SYNTHETIC_SIZE = 10_000;
const ROUNDS = 30;

runCli(() => {
  const store = openStore(databasePath());
  const docs = loadSearchDocs(store.db);
  store.close();
  const index = buildIndex(docs);

  const sets: Array<[string, string]> = [];
  sets.push(['dev', join(REPO_ROOT, 'test/fixtures/queries-dev.tsv')]);
  sets.push(['held-out', join(REPO_ROOT, 'test/fixtures/queries-holdout.tsv')]);
  sets.push(['second held-out', join(REPO_ROOT, 'test/fixtures/queries-holdout2.tsv')]);
  for (const extra of process.argv.slice(2)) sets.push([extra, extra]);

  for (const [name, path] of sets) printQuality(name, path, evaluate(index, readCases(path)));
  printBaseline(docs, readCases(sets[0]![1]));

  const devQueries = readCases(sets[0]![1]).map((c) => c.query);
  const synthetic = syntheticDocs(SYNTHETIC_SIZE);
  const synthQueries = syntheticQueries(synthetic, 500);
  const synthIndex = buildIndex(synthetic);
  const synthCorrect = synthQueries.filter((q) => search(synthIndex, q.query)[0]?.slug === q.expected).length;
  const synthNegatives = NEGATIVES.filter((q) => search(synthIndex, q).length === 0).length;

  const rows = [
    row(`real store (${docs.length} entities)`, docs, devQueries, index),
    row(
      `synthetic (${synthetic.length} entities)`,
      synthetic,
      [...synthQueries.map((q) => q.query), ...NEGATIVES],
      synthIndex,
    ),
  ];
  console.log('\nSpeed (median of repeated runs; per-query latency over every query × rounds)');
  console.log(table(['store', 'index build p50', 'build max', 'query p50', 'query p99', 'queries timed'], rows));
  console.log('targets: build < 200 ms; p99 < 1 ms on the real store, < 10 ms at 10,000 entities');
  console.log(
    `\nSynthetic store: top-1 ${fmt(synthCorrect / synthQueries.length)} on ${synthQueries.length} generated queries (exact, typo, inflected, partial, wrong layout); negatives rejected ${synthNegatives}/${NEGATIVES.length}`,
  );
});

function printQuality(name: string, path: string, o: EvalOutcome): void {
  console.log(`\nQuality on the ${name} set (${path.replace(REPO_ROOT, '')})`);
  const rows = [...o.byCategory].map(([category, c]) => [
    category,
    `${c.correct}/${c.total}`,
    fmt(c.correct / c.total),
  ]);
  rows.push(['overall top-1', `${o.correct}/${o.total}`, fmt(o.correct / o.total)]);
  rows.push([
    'negatives rejected',
    `${o.negatives.rejected}/${o.negatives.total}`,
    fmt(o.negatives.total ? o.negatives.rejected / o.negatives.total : 1),
  ]);
  console.log(table(['category', 'correct', 'top-1'], rows));
  for (const f of o.failures)
    console.log(
      `  miss: [${f.case.category}] "${f.case.query}" → ${f.got.slice(0, 3).join(', ') || '(nothing)'}; wanted ${f.case.expected.join(', ') || '(nothing)'}`,
    );
}

/** The reference point: fuse.js with its default options over the names alone. */
function printBaseline(docs: SearchDoc[], cases: EvalCase[]): void {
  const fuse = new Fuse(docs, { keys: ['name.ru', 'name.kk', 'name.en'] });
  let correct = 0;
  let rejected = 0;
  const negatives = cases.filter((c) => c.expected.length === 0).length;
  for (const c of cases) {
    const first = fuse.search(c.query)[0]?.item.slug;
    if (c.expected.length === 0 ? first === undefined : first !== undefined && c.expected.includes(first)) correct++;
    if (c.expected.length === 0 && first === undefined) rejected++;
  }
  console.log(
    `\nBaseline on the dev set, fuse.js defaults over names only: top-1 ${fmt(correct / cases.length)}, negatives rejected ${rejected}/${negatives}`,
  );
}

function row(label: string, docs: SearchDoc[], queries: string[], index: SearchIndex): string[] {
  const builds: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    buildIndex(docs);
    builds.push(performance.now() - t0);
  }
  for (const q of queries) search(index, q);
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      search(index, q);
      samples.push(performance.now() - t0);
    }
  }
  return [
    label,
    ms(quantile(builds, 0.5)),
    ms(Math.max(...builds)),
    ms(quantile(samples, 0.5)),
    ms(quantile(samples, 0.99)),
    String(samples.length),
  ];
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (v: number) => `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms`;
const fmt = (v: number) => v.toFixed(3);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
