// The query sets as tests: top-1 accuracy must stay at or above 0.95, and every negative must come back empty.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, readCases } from '../../src/search/eval.ts';
import type { SearchIndex } from '../../src/search/index.ts';
import { openStore } from '../../src/store/open.ts';
import { buildSearchIndex } from '../../src/store/search-docs.ts';
import { FIXTURES, tempDir } from '../helpers.ts';

const FLOOR = 0.95;
let tmp: ReturnType<typeof tempDir>;
let index: SearchIndex;

beforeAll(() => {
  tmp = tempDir();
  const store = openStore(join(tmp.dir, 'bot.db'));
  index = buildSearchIndex(store.db);
  store.close();
});
afterAll(() => tmp.cleanup());

describe.each([
  ['the development set', 'queries-dev.tsv'],
  ['the first independent held-out set', 'queries-holdout.tsv'],
  ['the second independent held-out set', 'queries-holdout2.tsv'],
])('%s', (_, file) => {
  it(`finds the right entity first in at least ${FLOOR} of queries and rejects every negative`, () => {
    const outcome = evaluate(index, readCases(join(FIXTURES, file)));
    const failures = outcome.failures.map(
      (f) =>
        `${f.case.category}: "${f.case.query}" → ${f.got.join(',') || '(nothing)'}; wanted ${f.case.expected.join(',') || '(nothing)'}`,
    );
    expect(outcome.total).toBeGreaterThan(90);
    expect(outcome.correct / outcome.total, failures.join('\n')).toBeGreaterThanOrEqual(FLOOR);
    expect(outcome.negatives.rejected, failures.join('\n')).toBe(outcome.negatives.total);
    expect(outcome.negatives.total).toBeGreaterThan(5);
  });
});
