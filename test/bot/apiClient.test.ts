// The HTTP client under every Bot API call: answers and errors reach grammY as they did, uploads
// arrive whole, and a request that hangs is given up and its connection closed; the direct path of
// every update's calls behaves the same.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClientOptions, directJsonCalls } from '../../src/bot/apiClient.ts';
import { BotApiEmulator } from '../../src/local/emulator.ts';
import { OFFLINE_TOKEN } from '../../src/local/harness.ts';

let emulator: BotApiEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});

async function api(direct = false): Promise<{ api: Api; emulator: BotApiEmulator }> {
  emulator = new BotApiEmulator();
  const options = apiClientOptions(await emulator.start());
  const client = new Api(OFFLINE_TOKEN, options);
  if (direct) client.config.use(directJsonCalls(OFFLINE_TOKEN, options));
  return { api: client, emulator };
}

/** A client whose every-update calls go directly, against `url`, giving up after `timeoutSeconds`. */
function directClient(url: string, timeoutSeconds: number): Api {
  const options = apiClientOptions(url, { timeoutSeconds });
  const client = new Api(OFFLINE_TOKEN, options);
  client.config.use(directJsonCalls(OFFLINE_TOKEN, options));
  return client;
}

/** An abort controller as the polyfill of grammY's runner makes one: its signal has no reason. */
function reasonlessController(): { signal: EventTarget; abort: () => void } {
  const target = new EventTarget();
  let aborted = false;
  const signal = Object.defineProperty(target, 'aborted', { get: () => aborted });
  return {
    signal,
    abort: () => {
      aborted = true;
      target.dispatchEvent(new Event('abort'));
    },
  };
}

/** A server that takes requests and never answers; `closed` tells whether the client hung up. */
async function hangingServer(): Promise<{ url: string; closed: () => boolean; stop: () => void }> {
  let closed = false;
  const server = createServer((req) => req.socket.once('close', () => (closed = true)));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    closed: () => closed,
    stop: () => {
      server.closeAllConnections();
      server.close();
    },
  };
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
    const server = await hangingServer();
    try {
      const client = new Api(OFFLINE_TOKEN, apiClientOptions(server.url, { timeoutSeconds: 1 }));
      const started = Date.now();
      const error = await client.getMe().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect(String((error as HttpError).error)).toMatch(/timed out after 1 seconds/);
      expect(Date.now() - started).toBeLessThan(5000);
      await expect.poll(() => server.closed()).toBe(true);
    } finally {
      server.stop();
    }
  });

  describe('direct JSON calls', () => {
    it('send the calls of every update and return their results, nulls left out as grammY does', async () => {
      const { api: client, emulator: server } = await api(true);
      const sent = await client.sendMessage(42, '<b>Шелек</b>', { parse_mode: 'HTML', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }, message_thread_id: null as unknown as number });
      expect(sent.message_id).toBeGreaterThan(0);
      expect(server.chat(42)[0]).toMatchObject({ text: '<b>Шелек</b>', buttons: [[{ text: 'A', callback_data: 'a' }]] });
      const call = server.calls.find((c) => c.method === 'sendMessage')!;
      expect('message_thread_id' in call.params).toBe(false);
      expect(await client.answerCallbackQuery('7')).toBe(true);
    });

    it('do not go through grammY’s client', async () => {
      emulator = new BotApiEmulator();
      const options = apiClientOptions(await emulator.start());
      const throughGrammy: string[] = [];
      const client = new Api(OFFLINE_TOKEN, { ...options, fetch: ((url: string, init: unknown) => (throughGrammy.push(url.split('/').at(-1)!), options.fetch!(url, init as never))) as typeof options.fetch });
      client.config.use(directJsonCalls(OFFLINE_TOKEN, options));
      await client.sendMessage(42, 'Шелек');
      await client.getMe();
      expect(throughGrammy).toEqual(['getMe']);
    });

    it('turn a refusal into a GrammyError, and leave uploads and other methods to grammY', async () => {
      const { api: client, emulator: server } = await api(true);
      const error = await client.sendMessage(42, ' ').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GrammyError);
      expect((error as GrammyError).description).toContain('message text is empty');
      await client.sendDocument(42, new InputFile(Buffer.from('a,b\n'), 'data.csv'));
      expect(server.chat(42)[0]?.document?.file_name).toBe('data.csv');
      expect((await client.getMe()).username).toBe(server.bot.username);
    });

    it('give up a send that hangs after the timeout, as an HttpError, and close its connection', async () => {
      const server = await hangingServer();
      try {
        const client = directClient(server.url, 1);
        const started = Date.now();
        const error = await client.sendMessage(42, 'Шелек').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect((error as HttpError).message).toContain("'sendMessage'");
        expect(Date.now() - started).toBeGreaterThanOrEqual(900);
        expect(Date.now() - started).toBeLessThan(5000);
        await expect.poll(() => server.closed()).toBe(true);
      } finally {
        server.stop();
      }
    });

    it('give up a call whose signal aborts (a long poll at stop), with Node’s signal or the polyfill the runner uses', async () => {
      const server = await hangingServer();
      try {
        const client = directClient(server.url, 30);
        for (const controller of [new AbortController(), reasonlessController()]) {
          const started = Date.now();
          setTimeout(() => controller.abort(), 100);
          const error = await client.getUpdates({ timeout: 30 }, controller.signal as Parameters<Api['getUpdates']>[1]).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(HttpError);
          expect(Date.now() - started).toBeLessThan(5000);
        }
        await expect.poll(() => server.closed()).toBe(true);
      } finally {
        server.stop();
      }
    });

    it('fail as HttpError on an answer that is not JSON (a proxy’s error page)', async () => {
      const server = createServer((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>'));
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      try {
        const client = directClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 5);
        const error = await client.sendMessage(42, 'Шелек').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
      } finally {
        server.close();
      }
    });

    it('wait for a long poll its own timeout plus the limit', async () => {
      const server = await hangingServer();
      try {
        const client = directClient(server.url, 1);
        const started = Date.now();
        const error = await client.getUpdates({ timeout: 1 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
      } finally {
        server.stop();
      }
    });
  });
});
