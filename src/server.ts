// Webhook mode: an HTTP server that takes Telegram's updates at the path of WEBHOOK_URL and
// answers health checks at /healthz. grammY's webhookCallback checks the secret token (401) and
// handles the update; the body is checked here, so one too large (413) or not an update (400) never
// reaches the bot. An update is answered 200 only once the bot has handled it, so nothing is
// acknowledged and then lost; an error answers 500, and Telegram sends the update again.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webhookCallback, type Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';

export const MAX_BODY = 1024 * 1024;
// An update is answered 200 only once handled, however long its Bot API calls take with their
// retries (each call up to 30 s, a few times, with waits of up to 10 s). At grammY's default of
// 10 s a slow update would be answered 500 while still running, and handled a second time when
// Telegram sends it again; this bound only ends a request whose handler is stuck.
export const HANDLE_TIMEOUT_MS = 10 * 60_000;

export interface WebhookOptions<C extends Context = Context> {
  port: number;
  host?: string;
  /** The path updates are posted to (the path of WEBHOOK_URL). */
  path: string;
  secret: string;
  bot: Bot<C>;
  health: () => Record<string, unknown> & { status: 'ok' | 'degraded' };
}

// grammY's 'callback' adapter takes any arguments; these are the ones it uses. It passes the update
// through Promise.resolve and awaits it only once the secret token is right, so a body can be
// refused (413, 400) without reaching the bot, and a request without the secret is refused first.
type Callback = (
  update: Promise<Update>,
  respond: (json: string) => void,
  header: string | undefined,
  unauthorized: () => void,
) => Promise<void>;

export async function startWebhookServer<C extends Context>(
  o: WebhookOptions<C>,
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const callback: Callback = webhookCallback(o.bot, 'callback', {
    secretToken: o.secret,
    timeoutMilliseconds: HANDLE_TIMEOUT_MS,
  });
  // serve() answers every failure itself; the catch is for what it cannot foresee, which must cost
  // this request only, never the process.
  const server = createServer((req, res) => {
    serve(o, callback, req, res).catch(() => reply(res, 500, { error: 'not handled' }));
  });
  server.listen(o.port, o.host ?? '0.0.0.0');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return {
    server,
    url: `http://${o.host ?? '127.0.0.1'}:${port}`,
    // No new connections; requests under way finish first.
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A request refused for its body, with the status to answer. */
class Refused extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

async function serve<C extends Context>(
  o: WebhookOptions<C>,
  callback: Callback,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  if (req.method === 'GET' && path === '/healthz') {
    const health = o.health();
    return reply(res, health.status === 'ok' ? 200 : 503, health);
  }
  if (path !== o.path) return reply(res, 404, { error: 'not found' });
  if (req.method !== 'POST') return reply(res, 405, { error: 'POST only' });
  const update = readUpdate(req, () => res.headersSent);
  // grammY does not await the body of a request it refuses: its rejection is handled here.
  update.catch(() => undefined);
  const header = req.headers['x-telegram-bot-api-secret-token'];
  let webhookReply: string | undefined;
  try {
    await callback(
      update,
      (json) => (webhookReply = json),
      Array.isArray(header) ? header[0] : header,
      () => reply(res, 401, { error: 'unauthorized' }),
    );
    reply(res, 200, webhookReply ?? { ok: true });
  } catch (err) {
    // Also an aborted request's read error: it ends here, and its socket is gone.
    if (err instanceof Refused) reply(res, err.status, { error: err.message });
    else reply(res, 500, { error: 'not handled' });
  }
}

/**
 * The body as an update. Rejects with Refused, or with the read error of a request aborted mid-body.
 * Once `unwanted()` (the request was refused), the rest is drained without being kept.
 */
function readUpdate(req: IncomingMessage, unwanted: () => boolean): Promise<Update> {
  return new Promise((resolve, reject) => {
    let size = Number(req.headers['content-length'] ?? 0);
    if (size > MAX_BODY) {
      req.resume();
      return reject(new Refused(413, 'too large'));
    }
    size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY || unwanted()) return;
      size += chunk.length;
      if (size > MAX_BODY) reject(new Refused(413, 'too large'));
      else chunks.push(chunk);
    });
    req.on('error', reject);
    // Settled already unless the request ended before its body did.
    req.on('close', () => reject(new Error('request closed before its body ended')));
    req.on('end', () => {
      if (size > MAX_BODY || unwanted()) return reject(new Error('body not wanted'));
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reject(new Refused(400, 'not JSON'));
      }
      if (!isUpdate(body)) return reject(new Refused(400, 'not an update'));
      resolve(body);
    });
  });
}

function isUpdate(body: unknown): body is Update {
  return typeof body === 'object' && body !== null && typeof (body as { update_id?: unknown }).update_id === 'number';
}

/** Answers once: a request refused by grammY (401) is not answered again, nor one whose client is gone. */
function reply(res: ServerResponse, status: number, body: string | object): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  // A string is JSON already (a webhook reply from grammY).
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
