// The HTTP client under every Bot API call: answers and errors reach grammY as they did, uploads
// arrive whole, and a request that hangs is given up and its connection closed.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClientOptions } from '../../src/bot/apiClient.ts';
import { BotApiEmulator } from '../../src/local/emulator.ts';
import { OFFLINE_TOKEN } from '../../src/local/harness.ts';

let emulator: BotApiEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});

async function api(): Promise<{ api: Api; emulator: BotApiEmulator }> {
  emulator = new BotApiEmulator();
  return { api: new Api(OFFLINE_TOKEN, apiClientOptions(await emulator.start())), emulator };
}

describe('Bot API client', () => {
  it('sends JSON calls and returns their results', async () => {
    const { api: client, emulator: server } = await api();
    const sent = await client.sendMessage(42, '<b>Шелек</b>', { parse_mode: 'HTML', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] } });
    expect(sent.message_id).toBeGreaterThan(0);
    expect(server.chat(42)[0]).toMatchObject({ text: '<b>Шелек</b>', buttons: [[{ text: 'A', callback_data: 'a' }]] });
  });

  it('turns a refused call into a GrammyError with its code and description', async () => {
    const { api: client } = await api();
    const error = await client.sendMessage(42, ' ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(400);
    expect((error as GrammyError).description).toContain('message text is empty');
  });

  it('uploads a file as multipart data, whole', async () => {
    const { api: client, emulator: server } = await api();
    const content = Buffer.from('slug,value\nkairat-2,92 га\n'.repeat(2000));
    await client.sendDocument(42, new InputFile(content, 'data.csv'), { caption: 'экспорт' });
    const [message] = server.chat(42);
    expect(message?.text).toBe('экспорт');
    expect(message?.document?.file_name).toBe('data.csv');
    expect(message?.document?.content.equals(content)).toBe(true);
  });

  it('gives a client that sets no timeout one of 60 s, and keeps one that is set', () => {
    expect(apiClientOptions(undefined).timeoutSeconds).toBe(60);
    expect(apiClientOptions(undefined, { timeoutSeconds: 5 }).timeoutSeconds).toBe(5);
  });

  it('gives up a request that hangs after the timeout and closes its connection', async () => {
    let closed = false;
    const server = createServer((req) => req.socket.once('close', () => (closed = true)));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const client = new Api(OFFLINE_TOKEN, apiClientOptions(`http://127.0.0.1:${port}`, { timeoutSeconds: 1 }));
      const started = Date.now();
      const error = await client.getMe().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect(String((error as HttpError).error)).toMatch(/timed out after 1 seconds/);
      expect(Date.now() - started).toBeLessThan(5000);
      await expect.poll(() => closed).toBe(true);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
