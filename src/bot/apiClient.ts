// How the bot's requests reach the Bot API. grammY's default on Node is node-fetch over an http.Agent;
// undici's request() (the HTTP client under Node's own fetch, without the fetch layer) does the same
// with far less work and garbage per call — a large part of a short update's cost once the bot
// answers hundreds a second (npm run bench).
import type { ApiClientOptions } from 'grammy';
import type { Readable } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';

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
const dispatcher = new Agent({ keepAliveTimeout: 30_000, headersTimeout: 0, bodyTimeout: 0 });

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
