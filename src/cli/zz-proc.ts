import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BotApiEmulator } from '../local/emulator.ts';
import { OFFLINE_TOKEN } from '../local/harness.ts';
import { readCases } from '../search/eval.ts';
import { REPO_ROOT } from '../store/paths.ts';
const queries = readCases(join(REPO_ROOT, 'test/fixtures/queries-dev.tsv'))
  .map((c) => c.query)
  .filter((q) => /\p{L}/u.test(q));
const [entry, cwd, db] = process.argv.slice(2) as [string, string, string];
const emulator = new BotApiEmulator();
const url = await emulator.start();
const child = spawn(process.execPath, ['--max-old-space-size=128', '--max-semi-space-size=32', entry], {
  cwd,
  env: {
    ...process.env,
    BOT_API_ROOT: url,
    BOT_TOKEN: OFFLINE_TOKEN,
    DATABASE_PATH: db,
    USER_RATE_LIMIT: '1000',
    LOG_LEVEL: 'silent',
  },
  stdio: 'inherit',
});
const cpu = () => {
  const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10_000;
};
const answered = () => emulator.calls.filter((c) => (c as { method: string }).method === 'sendMessage').length;
async function burst(n: number) {
  const before = answered();
  for (let i = 0; i < n; i++) {
    const id = 1_000_000 + (i % 500);
    emulator.sendText(
      { id, first_name: 'U', language_code: ['kk', 'ru', 'en'][id % 3]! },
      queries[i % queries.length]!,
    );
  }
  while (answered() < before + n) await new Promise((r) => setTimeout(r, 5));
}
await burst(50);
await burst(4000);
const c0 = cpu();
const t0 = performance.now();
await burst(6000);
const ms = performance.now() - t0;
const us = cpu() - c0;
console.log(
  entry,
  'rate',
  Math.round(6000 / (ms / 1000)),
  'bot CPU µs/update',
  Math.round(us / 6000),
  'busy',
  ((us / 1000 / ms) * 100).toFixed(0) + '%',
);
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
await emulator.stop();
process.exit(0);
