// Webhook mode: the bot registers its webhook with the secret, answers updates posted with the
// right secret token, refuses everything else without handling it, and reports its health.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
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
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) }, body });
const update = (id: number, text: string) =>
  JSON.stringify({ update_id: id, message: { message_id: id, date: 0, chat: { id: 555, type: 'private', first_name: 'W' }, from: { id: 555, is_bot: false, first_name: 'W', language_code: 'ru' }, text } });

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

  it('reports its health', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', store: true, pendingBroadcastRows: 0, version: expect.any(String) });
  });
});
