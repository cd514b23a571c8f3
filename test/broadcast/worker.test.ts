// Broadcasts through the emulator with Telegram's limits and faults switched on: everyone reached
// once, blocked users marked, and a worker killed mid-run resumed without skipping anyone.
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

  it('resumes after the sending process is killed: nobody skipped, repeats only what was in flight', async () => {
    const ids = addUsers(90, 9_000);
    emulator.faults = { perChatPerSecond: 1 };
    const env = {
      ...process.env,
      BOT_TOKEN: OFFLINE_TOKEN,
      BOT_API_ROOT: url,
      DATABASE_PATH: store.path,
      BROADCAST_RATE: '30',
    };
    store.close();
    // The sender as one process (the tsx command would keep it in a child that SIGKILL misses).
    const sender = (args: string[], stdio: 'ignore' | 'pipe') =>
      spawn(process.execPath, ['--import', 'tsx', 'src/cli/broadcast.ts', ...args], {
        cwd: REPO,
        env,
        stdio: ['ignore', stdio, stdio],
      });
    const first = sender(['--text', 'Жаңалық', '--yes'], 'ignore');
    const sentSoFar = () => received(ids, 'Жаңалық').reduce((a, b) => a + b, 0);
    while (sentSoFar() < 30) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await new Promise((r) => first.on('exit', r));
    const resumed = sender(['--resume'], 'pipe');
    let out = '';
    resumed.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => resumed.on('exit', r));
    store = openStore(join(tmp.dir, 'broadcast.db'));
    expect(code).toBe(0);
    expect(out).toMatch(/sent 90, blocked 0, failed 0, duplicates 0\n$/);
    const got = received(ids, 'Жаңалық');
    expect(got.filter((n) => n === 0)).toEqual([]);
    // At most the sends in flight at the kill (the worker keeps up to ten) went out twice.
    expect(got.filter((n) => n > 1).length).toBeLessThanOrEqual(10);
  }, 60_000);
});
