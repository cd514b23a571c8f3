// How the bot's requests reach the Bot API. grammY's default on Node is node-fetch over an http.Agent;
// undici's request() (the HTTP client under Node's own fetch, without the fetch layer) does the same
// with far less work and garbage per call — a large part of a short update's cost once the bot
// answers hundreds a second (npm run bench). The bot's own calls for each update skip grammY's
// client and request() altogether (directJsonCalls): a pool of connections to the API server and
// the answer read as JSON off the wire.
import { HttpError, type ApiClientOptions, type Transformer } from 'grammy';
import type { Readable } from 'node:stream';
import { Agent, Pool, request, type Dispatcher } from 'undici';

type Fetch = NonNullable<ApiClientOptions['fetch']>;

/** What grammY passes: JSON as a string, or a multipart stream for uploads, and its abort signal. */
interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Readable;
  signal?: AbortSignal;
}

// Connections are kept alive and reused, as grammY's own agent does. grammY gives every call up after
// its timeoutSeconds (through the abort signal): undici's own timers on each request would only
// repeat that, at a cost per call.
const CONNECTIONS = { keepAliveTimeout: 30_000, headersTimeout: 0, bodyTimeout: 0 };
const dispatcher = new Agent(CONNECTIONS);

/**
 * The connections to one Bot API server, for the calls made straight through undici: an Agent
 * parses every call's URL to find the pool of its origin, about a quarter of the call's cost.
 */
const pools = new Map<string, Pool>();
function poolOf(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) pools.set(origin, (pool = new Pool(origin, CONNECTIONS)));
  return pool;
}

/** For clients that set none: grammY's default is 500 s. */
const TIMEOUT_SECONDS = 60;

/** The part of a fetch Response that grammY reads. A class: closures made per call cost more under tsx. */
class Answer {
  constructor(private readonly res: Dispatcher.ResponseData) {}
  get ok(): boolean {
    return this.res.statusCode >= 200 && this.res.statusCode < 300;
  }
  get status(): number {
    return this.res.statusCode;
  }
  json(): Promise<unknown> {
    return this.res.body.json();
  }
}

async function call(url: string, init: CallInit = {}): Promise<Answer> {
  const method = init.method === 'GET' ? 'GET' : 'POST';
  return new Answer(await request(url, { method, headers: init.headers, body: init.body, signal: init.signal, dispatcher }));
}

// grammY reads nothing of the response but json(); the cast stands for node-fetch's wider Response.
const apiFetch = call as unknown as Fetch;

/** Client options for every Bot API client of the product: BOT_API_ROOT, if set, and the HTTP client. */
export function apiClientOptions(apiRoot: string | undefined, options: ApiClientOptions = {}): ApiClientOptions {
  return { timeoutSeconds: TIMEOUT_SECONDS, ...options, fetch: apiFetch, ...(apiRoot ? { apiRoot } : {}) };
}

/** Methods whose payload is plain JSON, never a file: the calls every update makes. */
const JSON_ONLY: ReadonlySet<string> = new Set(['getUpdates', 'sendMessage', 'editMessageText', 'editMessageReplyMarkup', 'answerCallbackQuery', 'answerInlineQuery', 'deleteMessage', 'sendChatAction']);
const JSON_HEADERS = { 'content-type': 'application/json' };
/** As grammY sends payloads: null fields left out. */
const withoutNulls = (_key: string, value: unknown): unknown => value ?? undefined;
/**
 * The payload as grammY would send it. A replacer slows JSON.stringify by a third, and a JSON text
 * without "null" in it had no null to leave out.
 */
function jsonOf(payload: object): string {
  const plain = JSON.stringify(payload);
  return plain.includes('null') ? JSON.stringify(payload, withoutNulls) : plain;
}

/** A call's abort signal: Node's, or the polyfill grammY and its runner use (without a reason). */
interface CallSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Why a call was given up: the signal's reason, if it has one. */
const abortReason = (signal: CallSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error('This operation was aborted'));

/**
 * One call's answer, read as JSON straight off the connection (undici's request() would first make
 * it a readable stream, an eighth of the call's cost). A refusal is JSON too (ok: false), whatever
 * the status; anything else fails as a network error would.
 */
class JsonAnswer implements Dispatcher.DispatchHandler {
  private readonly chunks: Buffer[] = [];
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly resolve: (answer: unknown) => void,
    private readonly reject: (err: unknown) => void,
    private readonly signal: CallSignal | undefined,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController): void {
    const signal = this.signal;
    if (!signal) return;
    if (signal.aborted) return controller.abort(abortReason(signal));
    this.stopListening?.();
    const abort = () => controller.abort(abortReason(signal));
    signal.addEventListener('abort', abort);
    this.stopListening = () => signal.removeEventListener('abort', abort);
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.stopListening?.();
    try {
      this.resolve(JSON.parse(Buffer.concat(this.chunks).toString('utf8')));
    } catch (err) {
      this.reject(err);
    }
  }

  onResponseError(_controller: Dispatcher.DispatchController, err: Error): void {
    this.stopListening?.();
    this.reject(err);
  }
}

/**
 * The calls every update makes, sent straight through undici. grammY's client wraps each call in an
 * abort controller, a timer and a race of three promises and walks the payload for files: together
 * about a third of the request's own cost. Answers reach grammY as from its own client (a refusal
 * as ok:false, a failure to connect or a timeout as HttpError); other methods go through it.
 */
export function directJsonCalls(token: string, client: ApiClientOptions): Transformer {
  const root = new URL(client.apiRoot ?? 'https://api.telegram.org');
  const pool = poolOf(root.origin);
  const base = `${root.pathname.replace(/\/$/, '')}/bot${token}/`;
  const limit = client.timeoutSeconds ?? TIMEOUT_SECONDS;
  return async (prev, method, p, signal) => {
    if (!JSON_ONLY.has(method)) return prev(method, p, signal);
    const payload: object = p ?? {};
    // A long poll is answered only when its own timeout is over: the limit comes on top of it.
    const poll = method === 'getUpdates' ? Number((payload as { timeout?: unknown }).timeout ?? 0) : 0;
    const ms = 1000 * (limit + poll);
    const options: Dispatcher.DispatchOptions = { path: base + method, method: 'POST', headers: JSON_HEADERS, body: jsonOf(payload), headersTimeout: ms, bodyTimeout: ms };
    try {
      // The Bot API's answer, as grammY's own client hands it on.
      return (await new Promise((resolve, reject) => pool.dispatch(options, new JsonAnswer(resolve, reject, signal)))) as Awaited<ReturnType<typeof prev>>;
    } catch (err) {
      throw new HttpError(`Network request for '${method}' failed!`, err);
    }
  };
}
