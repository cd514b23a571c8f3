// npm run bench — the bot's speed and memory against the local Bot API emulator, printed as a table:
// throughput of search answers against a bare grammY echo bot measured in the same run, latency
// of a search and of a guide step, cold start to first answer (seeded store, and empty store that
// must be migrated and seeded), and memory after 10,000 distinct users.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { readCases } from '../search/eval.ts';
import { BotApiEmulator } from '../local/emulator.ts';
import { OFFLINE_TOKEN, startLocalBot } from '../local/harness.ts';
import { runCli } from './run.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const USERS = 500;
const UPDATES = Number(process.env.BENCH_UPDATES ?? 3000);
const MEMORY_USERS = Number(process.env.BENCH_MEMORY_USERS ?? 10_000);

runCli(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bot-'));
  try {
    const queries = readCases(join(REPO, 'test/fixtures/queries-dev.tsv')).map((c) => c.query).filter((q) => /\p{L}/u.test(q));
    const rows: string[][] = [];

    const echo = await echoThroughput(queries);
    const bot = await botThroughput(join(dir, 'throughput.db'), queries);
    rows.push(['throughput: echo bot (same emulator, same load)', `${echo.toFixed(0)} updates/s`, '']);
    rows.push(['throughput: this bot, search answered with cards', `${bot.rate.toFixed(0)} updates/s`, `${(bot.rate / echo).toFixed(2)} of echo (target ≥ 0.5)`]);
    rows.push(['latency: search, update received → reply sent', `p50 ${bot.search.p50} ms, p99 ${bot.search.p99} ms`, '']);
    rows.push(['latency: guide step', `p50 ${bot.guide.p50} ms, p99 ${bot.guide.p99} ms`, '']);

    const seeded = join(dir, 'seeded.db');
    await coldStart(seeded); // migrates and seeds: the first start
    const empty = await coldStart(join(dir, 'empty.db'));
    const warm = await coldStart(seeded);
    rows.push(['cold start → first answer, seeded store', `${warm.ms} ms`, 'target < 1500 ms']);
    rows.push(['first start on an empty store (migrate, seed) → first answer', `${empty.ms} ms`, 'target < 5000 ms']);

    const memory = await memoryAfterUsers(join(dir, 'memory.db'));
    rows.push([`memory: RSS after ${MEMORY_USERS} distinct users`, `${memory.rssMb.toFixed(0)} MB`, 'target < 200 MB']);
    rows.push(['store size per user', `${memory.bytesPerUser.toFixed(0)} bytes`, '']);

    console.log(`\n| figure | value | note |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function quantiles(values: number[]): { p50: number; p99: number } {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { p50: q(0.5), p99: q(0.99) };
}

function load(emulator: BotApiEmulator, queries: string[]): number[] {
  const ids: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const id = 1_000_000 + (i % USERS);
    ids.push(emulator.sendText({ id, first_name: `U${id}`, language_code: ['kk', 'ru', 'en'][i % 3]! }, queries[i % queries.length]!));
  }
  return ids;
}

async function echoThroughput(queries: string[]): Promise<number> {
  const emulator = new BotApiEmulator();
  const url = await emulator.start();
  const bot = new Bot(OFFLINE_TOKEN, { client: { apiRoot: url } });
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  await bot.init();
  const runner = run(bot);
  try {
    const started = performance.now();
    load(emulator, queries);
    while (emulator.calls.filter((c) => c.method === 'sendMessage').length < UPDATES) await new Promise((r) => setTimeout(r, 5));
    return UPDATES / ((performance.now() - started) / 1000);
  } finally {
    await runner.stop();
    await emulator.stop();
  }
}

async function botThroughput(databasePath: string, queries: string[]) {
  const local = await startLocalBot({ databasePath, userRateLimit: 10_000 });
  try {
    // Warm-up: the first answers load code paths and caches.
    await Promise.all(load(local.emulator, queries).slice(0, 50).map((id) => local.handled(id, 60_000)));
    const started = performance.now();
    const events = await Promise.all(load(local.emulator, queries).map((id) => local.handled(id, 120_000)));
    const rate = UPDATES / ((performance.now() - started) / 1000);
    const guide: number[] = [];
    for (let i = 0; i < 200; i++) {
      const user = { id: 2_000_000 + i, first_name: 'G', language_code: 'ru' };
      await local.handled(local.emulator.sendText(user, '/invest'));
      const question = local.emulator.chat(user.id).at(-1)!;
      const data = question.buttons.flat().find((b) => b.callback_data?.startsWith('v:s:'))!.callback_data!;
      guide.push((await local.handled(local.emulator.press(user, question, data))).ms);
    }
    return { rate, search: quantiles(events.map((e) => e.ms)), guide: quantiles(guide) };
  } finally {
    await local.stop();
  }
}

function startBot(databasePath: string, url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO,
    env: { ...process.env, BOT_TOKEN: OFFLINE_TOKEN, BOT_API_ROOT: url, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
}

async function stopBot(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Time from starting the process to the answer to a message waiting for it. */
async function coldStart(databasePath: string): Promise<{ ms: number }> {
  const emulator = new BotApiEmulator();
  const url = await emulator.start();
  try {
    const user = { id: 42, first_name: 'C', language_code: 'ru' };
    emulator.sendText(user, 'Шелек');
    const started = performance.now();
    const child = startBot(databasePath, url);
    while (emulator.chat(user.id).length === 0) await new Promise((r) => setTimeout(r, 5));
    const ms = Math.round(performance.now() - started);
    await stopBot(child);
    return { ms };
  } finally {
    await emulator.stop();
  }
}

async function memoryAfterUsers(databasePath: string): Promise<{ rssMb: number; bytesPerUser: number }> {
  const emulator = new BotApiEmulator();
  const url = await emulator.start();
  try {
    const child = startBot(databasePath, url);
    const first = { id: 1, first_name: 'M', language_code: 'ru' };
    emulator.sendText(first, '/start');
    while (emulator.chat(1).length === 0) await new Promise((r) => setTimeout(r, 10));
    const sizeBefore = storeSize(databasePath);
    for (let i = 0; i < MEMORY_USERS; i++) {
      emulator.sendText({ id: 3_000_000 + i, first_name: `M${i}`, language_code: ['kk', 'ru', 'en'][i % 3]! }, i % 2 ? 'Шелек' : 'Valtherm');
      if (i % 500 === 499) while (emulator.calls.filter((c) => c.method === 'sendMessage').length < i) await new Promise((r) => setTimeout(r, 20));
    }
    while (emulator.calls.filter((c) => c.method === 'sendMessage').length < MEMORY_USERS + 1) await new Promise((r) => setTimeout(r, 20));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const bytesPerUser = (storeSize(databasePath) - sizeBefore) / MEMORY_USERS;
    await stopBot(child);
    return { rssMb: rssKb / 1024, bytesPerUser };
  } finally {
    await emulator.stop();
  }
}

function storeSize(path: string): number {
  let total = 0;
  for (const f of [path, `${path}-wal`]) {
    try {
      total += statSync(f).size;
    } catch {
      // No WAL file yet.
    }
  }
  return total;
}
