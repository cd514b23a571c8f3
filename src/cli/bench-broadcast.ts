// npm run bench:broadcast — a broadcast to 5,000 recipients through the local Bot API emulator with
// Telegram's limits on (30 messages/s overall, 1/s per chat), 2% of users blocked and 1% of sends
// answered 5xx. Prints sent/s against the configured rate, the share of sends answered 429, missed
// and duplicated recipients; then the same with the sender killed mid-run and restarted, and with
// two senders on the store at once (the bot and the command line beside it: one sends, one waits).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'grammy';
import { clientOptions } from '../bot/api.ts';
import { createBroadcast } from '../broadcast/queue.ts';
import { BroadcastWorker } from '../broadcast/worker.ts';
import { BotApiEmulator } from '../local/emulator.ts';
import { OFFLINE_TOKEN } from '../local/harness.ts';
import { openStore } from '../store/open.ts';
import { users } from '../store/schema.ts';
import { REPO_ROOT } from '../store/paths.ts';
import { runCli } from './run.ts';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 5000);
const RATE = Number(process.env.BROADCAST_RATE ?? 25);

interface Row {
  run: string;
  seconds: number;
  rate: number;
  limited: number;
  attempts: number;
  missed: number;
  duplicates: number;
  blocked: number;
  note: string;
}

runCli(async () => {
  const rows: Row[] = [];
  rows.push(await once('uninterrupted', 'one'));
  rows.push(await once('killed and resumed', 'killed'));
  rows.push(await once('two senders', 'two'));
  console.log(
    `\nBroadcast to ${RECIPIENTS} recipients, BROADCAST_RATE=${RATE}/s; emulator: 30/s overall, 1/s per chat, 2% blocked, 1% 5xx`,
  );
  console.log(
    '| run | seconds | sent/s | of rate | sends tried/s | 429s | 429 share | missed | duplicates | blocked marked | note |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.run} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(2)} | ${(r.rate / RATE).toFixed(3)} | ${(r.attempts / r.seconds).toFixed(2)} | ${r.limited} | ${r.attempts ? ((100 * r.limited) / r.attempts).toFixed(2) : '—'}% | ${r.missed} | ${r.duplicates} | ${r.blocked} | ${r.note} |`,
    );
  }
  console.log(
    'targets: ≥ 0.95 of the rate (two senders: no more than it), 429s ≤ 1% of sends, 0 missed, 0 duplicates uninterrupted and no more than the in-flight count (10) with a kill',
  );
});

async function once(run: string, mode: 'one' | 'killed' | 'two'): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-broadcast-'));
  const emulator = new BotApiEmulator();
  const url = await emulator.start();
  try {
    const dbPath = join(dir, 'bench.db');
    const store = openStore(dbPath);
    const ids: number[] = [];
    const now = new Date().toISOString();
    store.db.transaction(
      (tx) => {
        for (let i = 0; i < RECIPIENTS; i++) {
          const id = 100_000 + i;
          ids.push(id);
          tx.insert(users)
            .values({
              id,
              firstName: `U${i}`,
              telegramLanguage: ['kk', 'ru', 'en'][i % 3]!,
              firstSeen: now,
              lastSeen: now,
              startedAt: now,
            })
            .run();
        }
      },
      { behavior: 'immediate' },
    );
    const blocked = new Set(ids.filter((_, i) => i % 50 === 0));
    emulator.faults = { globalPerSecond: 30, perChatPerSecond: 1, blocked, serverErrorRate: 0.01 };
    const text = `bench ${run}`;
    const started = Date.now();
    if (mode === 'one') {
      createBroadcast(store.db, { default: { text } }, { kind: 'all' }, null);
      await new BroadcastWorker(store.db, new Api(OFFLINE_TOKEN, clientOptions(url)), { rate: RATE }).start(true);
      store.close();
    } else if (mode === 'two') {
      createBroadcast(store.db, { default: { text } }, { kind: 'all' }, null);
      // A connection each, as two processes have.
      const other = openStore(dbPath);
      const api = new Api(OFFLINE_TOKEN, clientOptions(url));
      await Promise.all([
        new BroadcastWorker(store.db, api, { rate: RATE }).start(true),
        new BroadcastWorker(other.db, api, { rate: RATE }).start(true),
      ]);
      other.close();
      store.close();
    } else {
      store.close();
      const env = {
        ...process.env,
        BOT_TOKEN: OFFLINE_TOKEN,
        BOT_API_ROOT: url,
        DATABASE_PATH: dbPath,
        BROADCAST_RATE: String(RATE),
      };
      // One process, as a process manager runs it: the tsx command would put the sender in a child
      // that SIGKILL on the parent leaves running.
      const node = (args: string[]) =>
        spawn(process.execPath, ['--import', 'tsx', 'src/cli/broadcast.ts', ...args], {
          cwd: REPO_ROOT,
          env,
          stdio: 'ignore',
        });
      const first = node(['--text', text, '--yes']);
      while (countSent(emulator, ids, text) < RECIPIENTS / 2) await new Promise((r) => setTimeout(r, 50));
      first.kill('SIGKILL');
      await new Promise((r) => first.on('exit', r));
      const resumed = node(['--resume']);
      await new Promise((r) => resumed.on('exit', r));
    }
    const seconds = (Date.now() - started) / 1000;
    const perUser = ids.map((id) => emulator.chat(id).filter((m) => m.text === text).length);
    const delivered = perUser.reduce((a, n, i) => a + (blocked.has(ids[i]!) ? 0 : Math.min(n, 1)), 0);
    return {
      run,
      seconds,
      rate: (delivered + blocked.size) / seconds,
      limited: emulator.answered.get('sendMessage 429') ?? 0,
      attempts: emulator.calls.filter((c) => c.method === 'sendMessage').length,
      missed: perUser.filter((n, i) => n === 0 && !blocked.has(ids[i]!)).length,
      duplicates: perUser.filter((n) => n > 1).length,
      blocked: blocked.size,
      note: { one: 'one worker', killed: 'killed at half with SIGKILL, then --resume', two: 'two workers at once' }[
        mode
      ],
    };
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function countSent(emulator: BotApiEmulator, ids: number[], text: string): number {
  let n = 0;
  for (const id of ids) n += emulator.chat(id).some((m) => m.text === text) ? 1 : 0;
  return n;
}
