// npm run bench — the bot's speed and memory against the local Bot API emulator, printed as a table.
// Throughput of search answers is measured against a bare grammY echo bot on the same emulator in
// the same run, alternately, BENCH_ROUNDS times each (medians), in two set-ups: everything in this
// process, the baseline on the same thread (the emulator's work, larger for the bot's cards than for
// echoes, is charged to each), and each bot as its own process with the command of `npm start` while
// the emulator runs here (on a machine of few cores the two processes contend for them, which costs
// the busier bot more than the echo). Latency is read at the emulator: from handing the update to
// the bot to its reply. Then: cold start to first answer (seeded and empty store) and memory after
// BENCH_MEMORY_USERS distinct users, both of the `npm start` process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCases } from '../search/eval.ts';
import { BotApiEmulator, type EmulatedUser } from '../local/emulator.ts';
import { OFFLINE_TOKEN, startLocalBot } from '../local/harness.ts';
import { startEcho } from '../bench/echo.ts';
import { median, quantiles } from '../bench/quantiles.ts';
import { questionCpu, QUESTION_FILES } from '../bench/questions.ts';
import { bundle, startCommand } from '../local/startCommand.ts';
import { REPO_ROOT } from '../store/paths.ts';
import { runCli } from './run.ts';

const USERS = 500;
const UPDATES = Number(process.env.BENCH_UPDATES ?? 3000);
// Measured in batches of 1,000 from a cold start, the echo bot's rate stops rising after ~3,000
// updates and this bot's after ~4,000 (V8 still compiles its larger code until then).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MEMORY_USERS = Number(process.env.BENCH_MEMORY_USERS ?? 10_000);
const LANGS = ['kk', 'ru', 'en'] as const;

type Call = BotApiEmulator['calls'][number];
type Launch = (url: string) => ChildProcess;
/** Starts a bot against the emulator (which it may start itself); resolves to its stop. */
type Subject = (emulator: BotApiEmulator) => Promise<() => Promise<void>>;

runCli(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bot-'));
  try {
    const queries = readCases(join(REPO_ROOT, 'test/fixtures/queries-dev.tsv'))
      .map((c) => c.query)
      .filter((q) => /\p{L}/u.test(q));
    const rows: string[][] = [];
    const fmt = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    const store = join(dir, 'bench.db');
    // Both bots as processes run bundled, as npm start runs the bot.
    await bundle();
    const echoBundle = await bundle('src/bench/echo.ts', 'dist/bench-echo.js');
    const launchEcho = echoLauncher(echoBundle);

    const empty = await coldStart(launchBot(store)); // migrates and seeds: the first start
    const warm = await coldStart(launchBot(store));

    const setups = {
      'in one process': { echo: echoHere, bot: botHere(join(dir, 'here.db')) },
      'as processes': { echo: asProcess(launchEcho), bot: asProcess(launchBot(store, { USER_RATE_LIMIT: '1000' })) },
    };
    const burst: number[] = [];
    for (const [name, setup] of Object.entries(setups)) {
      const echoRates: number[] = [];
      const botRates: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        echoRates.push((await throughput(setup.echo, queries)).rate);
        const bot = await throughput(setup.bot, queries);
        botRates.push(bot.rate);
        if (setup === setups['as processes']) burst.push(...bot.latencies);
      }
      const ratios = botRates.map((r, i) => r / echoRates[i]!);
      rows.push([
        `throughput ${name}: echo bot / this bot (search answered with cards), updates/s`,
        `median ${median(echoRates).toFixed(0)} / ${median(botRates).toFixed(0)}`,
        `runs: ${fmt(echoRates)} / ${fmt(botRates)}`,
      ]);
      rows.push([
        `throughput ${name}: ratio bot / echo of the same round`,
        `median ${median(ratios).toFixed(2)}`,
        `runs: ${ratios.map((r) => r.toFixed(2)).join(', ')} (target ≥ 0.5)`,
      ]);
    }
    const idle = await idleLatency(asProcess(launchBot(store)), queries);
    const cpu = await questionCpu(QUESTION_FILES.map((f) => join(REPO_ROOT, f)));

    rows.push(['latency: search, update handed to the bot → reply (one at a time)', quantiles(idle.search), '']);
    rows.push(['latency: guide step, button handed to the bot → next question', quantiles(idle.guide), '']);
    rows.push([
      `latency: search during the burst (${UPDATES} updates from ${USERS} users at once, as a process)`,
      quantiles(burst),
      'mostly queueing',
    ]);
    rows.push([
      `CPU per whole question, understanding + answering (${cpu.questions} questions × 5, in this process)`,
      quantiles(cpu.perQuestion, 2),
      'target p99 ≤ 2 ms',
    ]);
    rows.push(['cold start → first answer, seeded store', `${warm.toFixed(0)} ms`, 'target < 1500 ms']);
    rows.push([
      'first start on an empty store (migrate, seed) → first answer',
      `${empty.toFixed(0)} ms`,
      'target < 5000 ms',
    ]);

    const memory = await memoryAfterUsers(join(dir, 'memory.db'));
    rows.push([
      `memory: RSS after ${MEMORY_USERS} distinct users`,
      `${memory.rssMb.toFixed(0)} MB`,
      `target < 200 MB (after start: ${memory.startMb.toFixed(0)} MB)`,
    ]);
    rows.push(['store size per user', `${memory.bytesPerUser.toFixed(0)} bytes`, '']);

    console.log(`\n| figure | value | note |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function launchBot(databasePath: string, env: Record<string, string> = {}): Launch {
  const { command, args } = startCommand();
  return (url) =>
    spawn(command, args, {
      cwd: REPO_ROOT,
      // Logs at info, as in production (one line per update), thrown away.
      env: {
        ...process.env,
        BOT_TOKEN: OFFLINE_TOKEN,
        BOT_API_ROOT: url,
        DATABASE_PATH: databasePath,
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: 'ignore',
    });
}

/** The echo bot, bundled, with the same node settings as the real one. */
function echoLauncher(script: string): Launch {
  const { command, args } = startCommand();
  const nodeOptions = args.slice(0, -1); // all but the script
  return (url) =>
    spawn(command, [...nodeOptions, script], {
      cwd: REPO_ROOT,
      env: { ...process.env, BOT_TOKEN: OFFLINE_TOKEN, BOT_API_ROOT: url },
      stdio: 'ignore',
    });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for `count` calls after index `from` that `accept` takes; returns them in order. */
async function collect(
  emulator: BotApiEmulator,
  from: number,
  count: number,
  accept: (c: Call) => boolean,
  timeoutMs = 300_000,
): Promise<Call[]> {
  const found: Call[] = [];
  const end = performance.now() + timeoutMs;
  let next = from;
  while (found.length < count) {
    for (; next < emulator.calls.length; next++) if (accept(emulator.calls[next]!)) found.push(emulator.calls[next]!);
    if (found.length >= count) break;
    if (performance.now() > end) throw new Error(`only ${found.length} of ${count} replies within ${timeoutMs} ms`);
    await sleep(2);
  }
  return found;
}

/** A message the bot sent or edited in one of the chats. */
const replyTo = (isChat: (id: number) => boolean) => (c: Call) =>
  (c.method === 'sendMessage' || c.method === 'editMessageText') && isChat(Number(c.params.chat_id));

function asProcess(launch: Launch): Subject {
  return async (emulator) => {
    const child = launch(await emulator.start());
    return () => stop(child);
  };
}

const echoHere: Subject = async (emulator) => {
  const runner = startEcho(OFFLINE_TOKEN, await emulator.start());
  return () => runner.stop();
};

/** The real bot in this process, started as the offline chat and the tests start it (it starts the emulator). */
function botHere(databasePath: string): Subject {
  return async (emulator) => {
    const local = await startLocalBot({ databasePath, emulator, userRateLimit: 1000 });
    return () => local.app.stop();
  };
}

/** A bot against a fresh emulator; stopped after `use`. */
async function withBot<T>(subject: Subject, use: (emulator: BotApiEmulator) => Promise<T>): Promise<T> {
  const emulator = new BotApiEmulator();
  const stopBot = await subject(emulator);
  try {
    return await use(emulator);
  } finally {
    await stopBot();
    await emulator.stop();
  }
}

/** Time from starting the process to the answer to a message waiting for it. */
async function coldStart(launch: Launch): Promise<number> {
  let started = 0;
  return withBot(
    asProcess((url) => {
      started = performance.now();
      return launch(url);
    }),
    async (emulator) => {
      const user = { id: 42, first_name: 'C', language_code: 'ru' };
      emulator.sendText(user, 'Шелек');
      const [reply] = await collect(
        emulator,
        0,
        1,
        replyTo((id) => id === user.id),
        60_000,
      );
      return reply!.at - started;
    },
  );
}

async function throughput(subject: Subject, queries: string[]): Promise<{ rate: number; latencies: number[] }> {
  return withBot(subject, async (emulator) => {
    // Warm-up (and waiting for the process to answer): the first answers load code and caches, and
    // V8 compiles what runs often only after a while; a bot runs for months, so the rate that
    // counts is the one after that, for both bots alike.
    const warmChats = new Set<number>();
    for (let i = 0; i < WARMUP; i++) {
      const id = 900_000 + (i % 100);
      const user = { id, first_name: 'W', language_code: LANGS[id % 3] };
      warmChats.add(user.id);
      emulator.sendText(user, queries[i % queries.length]!);
    }
    await collect(
      emulator,
      0,
      WARMUP,
      replyTo((id) => warmChats.has(id)),
      120_000,
    );

    const from = emulator.calls.length;
    const chats = new Set<number>();
    const sent = new Map<number, number[]>();
    const started = performance.now();
    for (let i = 0; i < UPDATES; i++) {
      const id = 1_000_000 + (i % USERS);
      chats.add(id);
      // Each user keeps the language of their Telegram app, as people do; the queries vary.
      const updateId = emulator.sendText(
        { id, first_name: `U${id}`, language_code: LANGS[id % 3] },
        queries[i % queries.length]!,
      );
      sent.set(id, [...(sent.get(id) ?? []), updateId]);
    }
    const replies = await collect(
      emulator,
      from,
      UPDATES,
      replyTo((id) => chats.has(id)),
    );
    const rate = UPDATES / ((replies.at(-1)!.at - started) / 1000);
    // One reply per update, in order within a chat: the k-th reply answers the k-th update.
    const seen = new Map<number, number>();
    const latencies = replies.map((r) => {
      const chat = Number(r.params.chat_id);
      const k = seen.get(chat) ?? 0;
      seen.set(chat, k + 1);
      return r.at - emulator.deliveredAt.get(sent.get(chat)![k]!)!;
    });
    return { rate, latencies };
  });
}

/** Latency of a search and of a guide step with nothing else going on. */
async function idleLatency(subject: Subject, queries: string[]): Promise<{ search: number[]; guide: number[] }> {
  return withBot(subject, async (emulator) => {
    const ask = async (user: EmulatedUser, send: () => number): Promise<number> => {
      const from = emulator.calls.length;
      const updateId = send();
      const [reply] = await collect(
        emulator,
        from,
        1,
        replyTo((id) => id === user.id),
        60_000,
      );
      return reply!.at - emulator.deliveredAt.get(updateId)!;
    };
    const search: number[] = [];
    for (let i = 0; i < 300; i++) {
      const user = { id: 1_500_000 + i, first_name: 'S', language_code: LANGS[i % 3] };
      search.push(await ask(user, () => emulator.sendText(user, queries[i % queries.length]!)));
    }
    const guide: number[] = [];
    for (let i = 0; i < 200; i++) {
      const user = { id: 2_000_000 + i, first_name: 'G', language_code: 'ru' };
      emulator.sendText(user, '/invest');
      const sectors = () =>
        emulator.chat(user.id).find((m) => m.buttons.flat().some((b) => b.callback_data?.startsWith('v:s:')));
      for (const end = performance.now() + 60_000; !sectors(); await sleep(2))
        if (performance.now() > end) throw new Error('the investor guide did not offer sectors');
      const question = sectors()!;
      const data = question.buttons.flat().find((b) => b.callback_data?.startsWith('v:s:'))!.callback_data!;
      guide.push(await ask(user, () => emulator.press(user, question, data)));
    }
    // The first answers load code: they are not what users see once the bot runs.
    return { search: search.slice(20), guide: guide.slice(20) };
  });
}

async function memoryAfterUsers(
  databasePath: string,
): Promise<{ startMb: number; rssMb: number; bytesPerUser: number }> {
  let pid: number | undefined;
  return withBot(
    asProcess((url) => {
      const child = launchBot(databasePath)(url);
      pid = child.pid;
      return child;
    }),
    async (emulator) => {
      const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      const everyone = replyTo(() => true);
      emulator.sendText({ id: 1, first_name: 'M', language_code: 'ru' }, '/start');
      await collect(emulator, 0, 1, everyone, 60_000);
      const startMb = rss();
      const sizeBefore = storeSize(databasePath);
      let from = emulator.calls.length;
      for (let i = 0; i < MEMORY_USERS; i += 500) {
        const batch = Math.min(500, MEMORY_USERS - i);
        for (let j = i; j < i + batch; j++)
          emulator.sendText(
            { id: 3_000_000 + j, first_name: `M${j}`, language_code: LANGS[j % 3] },
            j % 2 ? 'Шелек' : 'Valtherm',
          );
        await collect(emulator, from, batch, everyone);
        from = emulator.calls.length;
      }
      return { startMb, rssMb: rss(), bytesPerUser: (storeSize(databasePath) - sizeBefore) / MEMORY_USERS };
    },
  );
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
