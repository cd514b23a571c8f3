// Webhook mode: the bot registers its webhook with the secret, answers updates posted with the
// right secret token, refuses everything else without handling it, and reports its health.
import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { HANDLE_TIMEOUT_MS, MAX_BODY, startWebhookServer } from '../../src/server.ts';
import { BotApiEmulator } from '../../src/local/emulator.ts';
import { OFFLINE_TOKEN } from '../../src/local/harness.ts';
import { pino } from 'pino';
import { tempDir } from '../helpers.ts';

const SECRET = 'a-secret-of-sixteen-or-more';
let tmp: ReturnType<typeof tempDir>;
let emulator: BotApiEmulator;
let app: App;
let base: string;

beforeAll(async () => {
  tmp = tempDir();
  emulator = new BotApiEmulator();
  const api = await emulator.start();
  const config = loadConfig({
    BOT_TOKEN: OFFLINE_TOKEN,
    BOT_API_ROOT: api,
    DATABASE_PATH: join(tmp.dir, 'hook.db'),
    WEBHOOK_URL: 'https://bot.example.kz/telegram/updates',
    WEBHOOK_SECRET: SECRET,
    PORT: '8080',
  });
  // Port 0 in the config would be refused: the test asks the OS for a free one.
  app = await startApp({ ...config, PORT: 0 }, { logger: pino({ level: 'silent' }) });
  base = app.webhookUrl!;
});
afterAll(async () => {
  await app.stop();
  await emulator.stop();
  tmp.cleanup();
});

const post = (body: string, secret?: string, path = '/telegram/updates') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body,
  });
const update = (id: number, text: string) =>
  JSON.stringify({
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: 555, type: 'private', first_name: 'W' },
      from: { id: 555, is_bot: false, first_name: 'W', language_code: 'ru' },
      text,
    },
  });

/**
 * A POST through node:http, which (unlike fetch) runs on Node's own timers and sends a body written
 * in parts as chunks, without a content-length. Resolves with the status.
 */
function send(url: string, parts: string[], headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    for (const part of parts) req.write(part);
    req.end();
  });
}

describe('webhook mode', () => {
  it('registers the webhook with its secret', () => {
    expect(emulator.webhook).toEqual({ url: 'https://bot.example.kz/telegram/updates', secret_token: SECRET });
  });

  it('refuses a missing or wrong secret with 401, and handles nothing', async () => {
    expect((await post(update(1, 'Шелек'))).status).toBe(401);
    expect((await post(update(2, 'Шелек'), 'wrong-secret-wrong-secret')).status).toBe(401);
    expect(emulator.chat(555)).toEqual([]);
  });

  it('answers an update posted with the right secret, after handling it', async () => {
    const r = await post(update(3, 'Шелек'), SECRET);
    expect(r.status).toBe(200);
    expect(emulator.chat(555).at(-1)!.text).toContain('<b>Индустриальная зона «Шелек»</b>');
  });

  it('refuses bodies that are too large or not JSON, and other paths', async () => {
    expect((await post('x'.repeat(1024 * 1024 + 1), SECRET)).status).toBe(413);
    expect((await post('{not json', SECRET)).status).toBe(400);
    expect((await post('{"hello":1}', SECRET)).status).toBe(400);
    expect((await post(update(4, 'x'), SECRET, '/other')).status).toBe(404);
  });

  it('refuses a chunked body with 413 once it grows past MAX_BODY while being read', async () => {
    const half = 'x'.repeat(MAX_BODY / 2 + 1);
    const status = await send(`${base}/telegram/updates`, [half, half], { 'x-telegram-bot-api-secret-token': SECRET });
    expect(status).toBe(413);
  });

  it('reports its health', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      status: 'ok',
      store: true,
      pendingBroadcastRows: 0,
      applicationsNotInStaffChat: 0,
      version: expect.any(String),
    });
  });
});

// The server on a bot of its own, without the Bot API: an update can fail or be slow, and the store
// can be unreachable.
describe('webhook server', () => {
  const botInfo: UserFromGetMe = {
    id: 1,
    is_bot: true,
    first_name: 'Test',
    username: 'test_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const handled: string[] = [];
  let storeReachable = true;
  let slow: { started: () => void; finish: Promise<void> } | undefined;
  let server: Awaited<ReturnType<typeof startWebhookServer>>;
  let hook: string;

  beforeAll(async () => {
    const bot = new Bot(OFFLINE_TOKEN, { botInfo });
    bot.on('message:text', async (ctx) => {
      if (ctx.message.text === 'fail') throw new Error('handling failed');
      if (ctx.message.text === 'slow' && slow) {
        slow.started();
        await slow.finish;
      }
      handled.push(ctx.message.text);
    });
    server = await startWebhookServer({
      port: 0,
      host: '127.0.0.1',
      path: '/hook',
      secret: SECRET,
      bot,
      health: () => ({ status: storeReachable ? 'ok' : 'degraded', store: storeReachable }),
    });
    hook = `${server.url}/hook`;
  });
  afterAll(() => server.close());

  /** The next 'slow' update waits for `finish()`; `started` resolves once it is being handled. */
  function holdSlow(): { started: Promise<void>; finish: () => void } {
    let started!: () => void;
    let finish!: () => void;
    const startedP = new Promise<void>((r) => (started = r));
    slow = { started, finish: new Promise<void>((r) => (finish = r)) };
    return { started: startedP, finish };
  }

  it('refuses a request without the secret with 401 before looking at its body', async () => {
    expect(await send(hook, ['{not json'])).toBe(401);
    expect(await send(hook, ['x'.repeat(MAX_BODY + 1)], { 'x-telegram-bot-api-secret-token': 'wrong' })).toBe(401);
    expect(handled).toEqual([]);
  });

  it('answers 200 after handling, and 500 when handling fails (Telegram sends it again)', async () => {
    const secret = { 'x-telegram-bot-api-secret-token': SECRET };
    expect(await send(hook, [update(1, 'fine')], secret)).toBe(200);
    expect(handled).toEqual(['fine']);
    expect(await send(hook, [update(2, 'fail')], secret)).toBe(500);
    expect(await send(hook, ['{"update_id":"3"}'], secret)).toBe(400);
    expect(handled).toEqual(['fine']);
  });

  it('survives a request aborted mid-body: /healthz and updates are still answered', async () => {
    const { hostname, port } = new URL(server.url);
    const arrived = once(server.server, 'request') as Promise<[IncomingMessage]>;
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    // Headers and part of the body; the rest never comes.
    socket.write(
      `POST /hook HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\n` +
        `x-telegram-bot-api-secret-token: ${SECRET}\r\ncontent-length: 1000\r\n\r\n{"update_id": 5, "mess`,
    );
    // The server is reading the body when the client goes (before the fix, its read error escaped as an
    // unhandled rejection, which ends the process and which vitest reports as an error).
    const [incoming] = await arrived;
    socket.destroy();
    // Not events.once: it would reject with the request's own 'aborted' error, which the server handles.
    await new Promise((resolve) => incoming.once('close', resolve));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await send(hook, [update(6, 'after the abort')], { 'x-telegram-bot-api-secret-token': SECRET })).toBe(200);
    expect(handled).toContain('after the abort');
  });

  it(`lets a slow update run past grammY's default 10 s, and answers 500 after ${HANDLE_TIMEOUT_MS} ms`, async () => {
    const secret = { 'x-telegram-bot-api-secret-token': SECRET };
    // grammY's timer is a global setTimeout; Node's HTTP runs on timers of its own, left real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let hold = holdSlow();
      let status = send(hook, [update(4, 'slow')], secret);
      await hold.started;
      vi.advanceTimersByTime(HANDLE_TIMEOUT_MS - 1000);
      hold.finish();
      expect(await status).toBe(200);
      expect(handled.at(-1)).toBe('slow');

      hold = holdSlow();
      status = send(hook, [update(5, 'slow')], secret);
      await hold.started;
      vi.advanceTimersByTime(HANDLE_TIMEOUT_MS);
      expect(await status).toBe(500);
      hold.finish();
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers /healthz with 503 while the store is unreachable', async () => {
    storeReachable = false;
    const r = await fetch(`${server.url}/healthz`);
    storeReachable = true;
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ status: 'degraded', store: false });
  });
});
