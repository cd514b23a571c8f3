// Webhook mode: an HTTP server that takes Telegram's updates at the path of WEBHOOK_URL and
// answers health checks at /healthz. A request without the right secret token gets 401; a body that
// is too large or not JSON gets 4xx without reaching the bot. An update is answered 200 only once
// the bot has handled it, so nothing is acknowledged and then lost.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Update } from 'grammy/types';

export const MAX_BODY = 1024 * 1024;

export interface WebhookOptions {
  port: number;
  host?: string;
  /** The path updates are posted to (the path of WEBHOOK_URL). */
  path: string;
  secret: string;
  handle: (update: Update) => Promise<void>;
  health: () => Record<string, unknown> & { status: 'ok' | 'degraded' };
}

export async function startWebhookServer(o: WebhookOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => void serve(o, req, res));
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

async function serve(o: WebhookOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'GET' && path === '/healthz') {
    const health = o.health();
    return reply(health.status === 'ok' ? 200 : 503, health);
  }
  if (path !== o.path) return reply(404, { error: 'not found' });
  if (req.method !== 'POST') return reply(405, { error: 'POST only' });
  const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''));
  const secret = Buffer.from(o.secret);
  if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
    req.resume();
    return reply(401, { error: 'unauthorized' });
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
    req.resume();
    return reply(413, { error: 'too large' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return reply(413, { error: 'too large' });
    chunks.push(chunk as Buffer);
  }
  let update: unknown;
  try {
    update = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return reply(400, { error: 'not JSON' });
  }
  if (typeof update !== 'object' || update === null || typeof (update as { update_id?: unknown }).update_id !== 'number') return reply(400, { error: 'not an update' });
  try {
    await o.handle(update as Update);
    reply(200, { ok: true });
  } catch {
    // Telegram sends it again later: an error here must not lose the update.
    reply(500, { error: 'not handled' });
  }
}
