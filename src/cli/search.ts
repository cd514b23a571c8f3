// npm run -s search -- [--json] [--limit N] "<query>"   or   npm run -s search -- --json --batch < queries
// Prints what the search finds in the store at DATABASE_PATH, best first. A query that starts
// with "-" goes after "--": npm run -s search -- -- "-query".
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { search, type SearchResult } from '../search/engine.ts';
import { databasePath, openStore } from '../store/open.ts';
import { buildSearchIndex } from '../store/search-docs.ts';
import { runCli, UsageError } from './run.ts';

const USAGE =
  'usage: npm run -s search -- [--json] [--limit N] "<query>"  |  npm run -s search -- --json --batch < queries.txt';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        batch: { type: 'boolean' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const limit = values.limit === undefined ? 10 : /^\d{1,4}$/.test(values.limit) ? Number(values.limit) : NaN;
  if (!(limit >= 1 && limit <= 1000)) throw new UsageError(`--limit takes a whole number from 1 to 1000\n${USAGE}`);
  if (values.batch && positionals.length > 0)
    throw new UsageError(`--batch reads queries from standard input, not arguments\n${USAGE}`);
  if (!values.batch && positionals.length === 0) throw new UsageError(USAGE);

  const store = openStore(databasePath());
  const index = buildSearchIndex(store.db);
  store.close();

  if (values.batch) {
    // A reader that stops early (`| head`) closes the pipe: that ends the run, it is no failure.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const results = search(index, line, { limit });
      if (!process.stdout.write(`${JSON.stringify({ query: line, results })}\n`)) await once(process.stdout, 'drain');
    }
    return;
  }
  const query = positionals.join(' ');
  const results = search(index, query, { limit });
  console.log(values.json ? JSON.stringify(results) : render(query, results));
});

function render(query: string, results: SearchResult[]): string {
  if (results.length === 0) return `nothing found for "${query}"`;
  return results
    .map((r, i) => `${i + 1}. ${r.slug}  (${r.kind}, ${r.score.toFixed(3)})  ${r.name_ru} / ${r.name_kk}`)
    .join('\n');
}
