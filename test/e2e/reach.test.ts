// A start against a Bot API that does not answer (a wrong BOT_API_ROOT, a network that drops
// everything, a refused token) logs each failed attempt and ends with a clear message in bounded
// time, instead of grammY's own init retrying for ever in silence.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, StartError, startApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { OFFLINE_TOKEN } from '../../src/local/harness.ts';
import { bundle } from '../../src/local/startCommand.ts';
import { spawnBot, tempDir } from '../helpers.ts';

const tmp = tempDir();
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A local HTTP server answering every request with `answer` (or never, when it is undefined). */
async function serve(answer?: { status: number; body: string }): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (answer) res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

/** An address where nothing listens: a server's port, closed again. */
async function refusedRoot(): Promise<string> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}`;
}

async function start(apiRoot: string, reachWithinMs: number) {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (s: string) => void lines.push(s) });
  const config = loadConfig({
    BOT_TOKEN: OFFLINE_TOKEN,
    BOT_API_ROOT: apiRoot,
    DATABASE_PATH: join(tmp.dir, 'reach.db'),
  });
  const error = await startApp(config, { logger, reachWithinMs }).then(
    () => undefined,
    (err: unknown) => err,
  );
  const attempts = lines.filter((l) => l.includes('"msg":"the Bot API did not answer getMe"'));
  return { error, attempts, logs: lines.join('') };
}

describe('a start against a Bot API that does not answer', () => {
  it('gives up on a refused address after the set time, each attempt logged, the token in none', async () => {
    const root = await refusedRoot();
    // One attempt is three requests (the retries for people who wait: 1 s and 2 s apart), so two fit.
    const { error, attempts, logs } = await start(root, 4500);
    expect(error).toBeInstanceOf(StartError);
    expect((error as Error).message).toMatch(
      new RegExp(`^could not reach the Bot API at ${root} \\(no answer\\) after \\d+ attempts?; check BOT_API_ROOT`),
    );
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts.map((l) => (JSON.parse(l) as { attempt: number }).attempt)).toEqual(attempts.map((_, i) => i + 1));
    expect(logs).toContain('ECONNREFUSED');
    expect(logs).not.toContain(OFFLINE_TOKEN);
  }, 30_000);

  it('gives up on a server that takes the request and never answers', async () => {
    const server = await serve();
    const { error, attempts } = await start(server.url, 1500);
    expect(error).toBeInstanceOf(StartError);
    expect(server.requests()).toBeGreaterThanOrEqual(1);
    expect(attempts.length).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it('stops at once when the Bot API refuses the token', async () => {
    const server = await serve({ status: 401, body: '{"ok":false,"error_code":401,"description":"Unauthorized"}' });
    // A long bound: the refusal, not the clock, ends the start.
    const { error, attempts } = await start(server.url, 600_000);
    expect((error as Error).message).toBe(
      `could not reach the Bot API at ${server.url} (401 Unauthorized) after 1 attempt; check BOT_API_ROOT and BOT_TOKEN`,
    );
    expect(attempts).toHaveLength(1);
    expect(server.requests()).toBe(1);
  });

  it("ends npm start's process with exit code 1 and the reason in its log", async () => {
    const server = await serve({ status: 404, body: '{"ok":false,"error_code":404,"description":"Not Found"}' });
    await bundle();
    const { logs, exited } = spawnBot(server.url, { DATABASE_PATH: join(tmp.dir, 'reach-process.db') });
    expect(await exited).toBe(1);
    expect(logs()).toContain(`could not reach the Bot API at ${server.url} (404 Not Found) after 1 attempt`);
    expect(logs()).not.toContain(OFFLINE_TOKEN);
  }, 60_000);
});
