// Broadcasts through the emulator with Telegram's limits and faults switched on: everyone reached
// once, blocked users marked, a worker killed mid-run resumed without skipping anyone, one sender at
// a time on one store, and failed deliveries sent again from the command line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBroadcast, progress, recipients, setBroadcastStatus } from '../../src/broadcast/queue.ts';
import { BroadcastWorker } from '../../src/broadcast/worker.ts';
import { BotApiEmulator } from '../../src/local/emulator.ts';
import { OFFLINE_TOKEN } from '../../src/local/harness.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { REPO, tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let emulator: BotApiEmulator;
let url: string;

beforeEach(async () => {
  tmp = tempDir();
  store = openStore(join(tmp.dir, 'broadcast.db'));
  emulator = new BotApiEmulator();
  url = await emulator.start();
});
afterEach(async () => {
  store.close();
  await emulator.stop();
  tmp.cleanup();
});

function addUsers(count: number, from = 1_000): number[] {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = from + i;
    store.repos.users.touch({ id, first_name: `U${i}`, language_code: ['kk', 'ru', 'en'][i % 3]! });
    ids.push(id);
  }
  return ids;
}

const received = (ids: number[], text: string) =>
  ids.map((id) => emulator.chat(id).filter((m) => m.text === text).length);

/** An API whose messages sent are written to `log` under `name`, in the order they go out. */
function loggedApi(name: string, log: string[]): Api {
  const api = new Api(OFFLINE_TOKEN, { apiRoot: url });
  api.config.use((prev, method, payload, signal) => {
    if (method === 'sendMessage') log.push(name);
    return prev(method, payload, signal);
  });
  return api;
}

/** The command line as one process (the tsx command would keep it in a child that SIGKILL misses). */
function cli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/broadcast.ts', ...args], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return {
    child,
    done: new Promise<{ code: number | null; out: string }>((r) => child.on('exit', (code) => r({ code, out }))),
  };
}

const cliEnv = () => ({
  ...process.env,
  BOT_TOKEN: OFFLINE_TOKEN,
  BOT_API_ROOT: url,
  DATABASE_PATH: store.path,
  BROADCAST_RATE: '30',
});

describe('the broadcast worker', () => {
  it('reaches every user once under 429s, 403s and 5xx, and marks the blocked', async () => {
    const ids = addUsers(200);
    const blocked = new Set(ids.filter((_, i) => i % 50 === 7));
    emulator.faults = { globalPerSecond: 60, perChatPerSecond: 1, blocked, serverErrorRate: 0.03 };
    const { id, recipients: count } = createBroadcast(
      store.db,
      { default: { text: 'Новости' } },
      { kind: 'all' },
      null,
    );
    expect(count).toBe(200);
    const worker = new BroadcastWorker(store.db, new Api(OFFLINE_TOKEN, { apiRoot: url }), {
      rate: 100,
      maxInFlight: 8,
    });
    await worker.start(true);
    const got = received(ids, 'Новости');
    expect(got.filter((n, i) => !blocked.has(ids[i]!) && n !== 1)).toEqual([]);
    expect(got.filter((n) => n > 1)).toEqual([]);
    expect(progress(store.db, id)).toEqual({
      total: 200,
      sent: 200 - blocked.size,
      blocked: blocked.size,
      failed: 0,
      pending: 0,
    });
    expect(worker.stats.limited).toBeGreaterThan(0);
    // The blocked are no longer counted in the audience.
    expect(recipients(store.db, { kind: 'all' })).toHaveLength(200 - blocked.size);
  }, 30_000);

  it('lets two senders share one queue without sending anything twice', async () => {
    const ids = addUsers(60, 7_000);
    emulator.faults = { perChatPerSecond: 1 };
    createBroadcast(store.db, { default: { text: 'Дважды?' } }, { kind: 'all' }, null);
    const api = new Api(OFFLINE_TOKEN, { apiRoot: url });
    await Promise.all([
      new BroadcastWorker(store.db, api, { rate: 100 }).start(true),
      new BroadcastWorker(store.db, api, { rate: 100 }).start(true),
    ]);
    expect(received(ids, 'Дважды?')).toEqual(ids.map(() => 1));
  }, 30_000);

  it('stops sending at once when paused or cancelled, and a cancelled broadcast cannot be resumed', async () => {
    const ids = addUsers(40, 8_000);
    const { id } = createBroadcast(store.db, { default: { text: 'Пауза' } }, { kind: 'all' }, null);
    expect(setBroadcastStatus(store.db, id, 'paused')).toBe(true);
    await new BroadcastWorker(store.db, new Api(OFFLINE_TOKEN, { apiRoot: url }), { rate: 100 }).start(true);
    expect(received(ids, 'Пауза').reduce((a, b) => a + b, 0)).toBe(0);
    expect(setBroadcastStatus(store.db, id, 'cancelled')).toBe(true);
    expect(setBroadcastStatus(store.db, id, 'running')).toBe(false);
    await new BroadcastWorker(store.db, new Api(OFFLINE_TOKEN, { apiRoot: url }), { rate: 100 }).start(true);
    expect(received(ids, 'Пауза').reduce((a, b) => a + b, 0)).toBe(0);
    expect(progress(store.db, id).pending).toBe(40);
  });

  it('sends each language its own version and reaches only that audience', async () => {
    const ids = addUsers(9, 5_000);
    createBroadcast(
      store.db,
      { default: { text: 'Hello' }, ru: { text: 'Привет' } },
      { kind: 'lang', lang: 'ru' },
      null,
    );
    await new BroadcastWorker(store.db, new Api(OFFLINE_TOKEN, { apiRoot: url }), { rate: 50 }).start(true);
    const ru = ids.filter((_, i) => i % 3 === 1);
    expect(received(ru, 'Привет')).toEqual([1, 1, 1]);
    expect(ids.filter((i) => !ru.includes(i)).flatMap((i) => emulator.chat(i))).toEqual([]);
  });

  it('resumes after the sending process is killed: nobody skipped, repeats only what was in flight, and says how many', async () => {
    const ids = addUsers(90, 9_000);
    // Sends answered late, so that some are in flight when the sender is killed.
    emulator.faults = { perChatPerSecond: 1, sendDelayMs: 150 };
    const env = cliEnv();
    store.close();
    const first = cli(['--text', 'Жаңалық', '--yes'], env);
    const sentSoFar = () => received(ids, 'Жаңалық').reduce((a, b) => a + b, 0);
    while (sentSoFar() < 30) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await first.done;
    const { code, out } = await cli(['--resume'], env).done;
    store = openStore(join(tmp.dir, 'broadcast.db'));
    expect(code, out).toBe(0);
    // The killed sender's lease on the queue ran out, and the second took over.
    expect(out).toMatch(/^another sender holds the queue \(command line pid \d+ on .+\): it sends, this waits$/m);
    const summary = /sent 90, blocked 0, failed 0, duplicates at most (\d+)\n$/.exec(out);
    expect(summary, out).not.toBeNull();
    const got = received(ids, 'Жаңалық');
    expect(got.filter((n) => n === 0)).toEqual([]);
    const twice = got.filter((n) => n > 1).length;
    // What the summary counts covers every recipient who got it twice, and no more than were in
    // flight at the kill (the worker keeps up to ten).
    expect(Number(summary![1])).toBeGreaterThanOrEqual(twice);
    expect(Number(summary![1])).toBeLessThanOrEqual(10);
  }, 60_000);

  it('counts as possible duplicates the sends taken over from a sender that stopped mid-send', async () => {
    const ids = addUsers(5, 9_500);
    const { id } = createBroadcast(store.db, { default: { text: 'Снова' } }, { kind: 'all' }, null);
    // What a sender killed while two sends were in flight leaves: their rows claimed, the leases run out.
    store.sqlite
      .prepare(
        "UPDATE deliveries SET status = 'sending', lease_until = ? WHERE id IN (SELECT id FROM deliveries WHERE broadcast_id = ? ORDER BY id LIMIT 2)",
      )
      .run(Date.now() - 1, id);
    store.close();
    const { code, out } = await cli(['--resume'], cliEnv()).done;
    store = openStore(join(tmp.dir, 'broadcast.db'));
    expect(code, out).toBe(0);
    expect(out).toMatch(/\nsent 5, blocked 0, failed 0, duplicates at most 2\n$/);
    expect(received(ids, 'Снова')).toEqual([1, 1, 1, 1, 1]);
    const rows = store.sqlite.prepare('SELECT uncertain FROM deliveries WHERE broadcast_id = ? ORDER BY id').all(id);
    expect(rows).toEqual([1, 1, 0, 0, 0].map((uncertain) => ({ uncertain })));
  }, 30_000);
});

describe('sending again from the command line', () => {
  it('sends a finished broadcast once more to those it failed to reach, and a second run queues nobody', async () => {
    const ids = addUsers(6, 9_700);
    const [, down1, down2, blockedUser] = ids;
    emulator.faults = { unreachable: new Set([down1!, down2!]), blocked: new Set([blockedUser!]) };
    const { id } = createBroadcast(store.db, { default: { text: 'Ещё раз' } }, { kind: 'all' }, null);
    await new BroadcastWorker(store.db, new Api(OFFLINE_TOKEN, { apiRoot: url }), { rate: 100, maxAttempts: 1 }).start(
      true,
    );
    expect(progress(store.db, id)).toEqual({ total: 6, sent: 3, blocked: 1, failed: 2, pending: 0 });
    emulator.faults = { blocked: new Set([blockedUser!]) };
    store.close();
    const first = await cli(['--resend', String(id)], cliEnv()).done;
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(new RegExp(`^broadcast #${id}: sending again to 2 recipients it failed to reach\n`));
    expect(first.out).toMatch(/\nsent 5, blocked 1, failed 0, duplicates at most 0\n$/);
    const second = await cli(['--resend', String(id)], cliEnv()).done;
    expect(second.code, second.out).toBe(0);
    expect(second.out).toBe(
      `broadcast #${id}: nothing to send again (not finished, or every message delivered or blocked)\n`,
    );
    const unknown = await cli(['--resend', '999'], cliEnv()).done;
    expect([unknown.code, unknown.out]).toEqual([1, 'error: no broadcast #999\n']);
    store = openStore(join(tmp.dir, 'broadcast.db'));
    expect(received(ids, 'Ещё раз')).toEqual([1, 1, 1, 0, 1, 1]);
    const rows = store.sqlite
      .prepare('SELECT status, resends FROM deliveries WHERE broadcast_id = ? ORDER BY id')
      .all(id) as Array<{ status: string; resends: number }>;
    expect(rows.map((r) => `${r.status}/${r.resends}`)).toEqual([
      'sent/0',
      'sent/1',
      'sent/1',
      'blocked/0',
      'sent/0',
      'sent/0',
    ]);
  }, 30_000);
});

describe('two senders on one store', () => {
  it('send one at a time: the second waits while the first drains the queue, nobody gets it twice', async () => {
    const ids = addUsers(40, 6_000);
    createBroadcast(store.db, { default: { text: 'Один' } }, { kind: 'all' }, null);
    // Two connections to one store, as the bot and the command line beside it have.
    const other = openStore(store.path);
    const log: string[] = [];
    const waited: string[] = [];
    const bot = new BroadcastWorker(store.db, loggedApi('bot', log), { rate: 100, name: 'bot' });
    const line = new BroadcastWorker(other.db, loggedApi('cli', log), {
      rate: 100,
      name: 'command line',
      onWaiting: (holder) => waited.push(holder),
    });
    try {
      void bot.start();
      await line.start(true);
      await bot.stop();
    } finally {
      other.close();
    }
    // One sender, so one rate budget: every message went out through the bot's pacing.
    expect(log).toEqual(ids.map(() => 'bot'));
    expect(waited).toEqual([expect.stringMatching(/^bot pid \d+ on /)]);
    expect(received(ids, 'Один')).toEqual(ids.map(() => 1));
  }, 30_000);

  it('hand over when the first stops: the second takes the rest, never interleaved, nobody twice or missed', async () => {
    const ids = addUsers(60, 6_500);
    createBroadcast(store.db, { default: { text: 'Эстафета' } }, { kind: 'all' }, null);
    const other = openStore(store.path);
    const log: string[] = [];
    const bot = new BroadcastWorker(store.db, loggedApi('bot', log), { rate: 100, name: 'bot' });
    const line = new BroadcastWorker(other.db, loggedApi('cli', log), { rate: 100, name: 'command line' });
    try {
      void bot.start();
      const rest = line.start(true);
      while (log.length < 20) await new Promise((r) => setTimeout(r, 10));
      await bot.stop();
      await rest;
    } finally {
      other.close();
    }
    expect(log.join(' ')).toMatch(/^(bot )+(cli ?)+$/);
    expect(log).toHaveLength(60);
    expect(received(ids, 'Эстафета')).toEqual(ids.map(() => 1));
    expect(progress(store.db).sent).toBe(60);
  }, 30_000);
});
