// Evaluation of the search on a query set (TSV: query, acceptable top-1 slugs or "-", category):
// top-1 accuracy overall and per category, and how many negatives came back empty.
import { readFileSync } from 'node:fs';
import { search } from './engine.ts';
import type { SearchIndex } from './index.ts';

export interface EvalCase {
  query: string;
  /** Acceptable top-1 slugs; empty when the search must return nothing. */
  expected: string[];
  category: string;
  line: number;
}

export interface EvalOutcome {
  total: number;
  correct: number;
  byCategory: Map<string, { total: number; correct: number }>;
  negatives: { total: number; rejected: number };
  failures: Array<{ case: EvalCase; got: string[] }>;
}

export function readCases(path: string): EvalCase[] {
  const cases: EvalCase[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim() || line.startsWith('#')) return;
      const [query, expected, category] = line.split('\t');
      if (query === undefined || expected === undefined || category === undefined) {
        throw new Error(`${path}:${i + 1}: expected three tab-separated fields (query, slugs, category)`);
      }
      const slugs =
        expected.trim() === '-'
          ? []
          : expected
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
      cases.push({ query, expected: slugs, category: category.trim(), line: i + 1 });
    });
  return cases;
}

export function evaluate(index: SearchIndex, cases: EvalCase[]): EvalOutcome {
  const out: EvalOutcome = {
    total: 0,
    correct: 0,
    byCategory: new Map(),
    negatives: { total: 0, rejected: 0 },
    failures: [],
  };
  for (const c of cases) {
    const got = search(index, c.query, { limit: 5 }).map((r) => r.slug);
    const ok = c.expected.length === 0 ? got.length === 0 : got[0] !== undefined && c.expected.includes(got[0]);
    out.total++;
    if (ok) out.correct++;
    else out.failures.push({ case: c, got });
    const cat = out.byCategory.get(c.category) ?? { total: 0, correct: 0 };
    cat.total++;
    if (ok) cat.correct++;
    out.byCategory.set(c.category, cat);
    if (c.expected.length === 0) {
      out.negatives.total++;
      if (ok) out.negatives.rejected++;
    }
  }
  return out;
}
