// A local Bot API server: the subset of Telegram's HTTP API the bot uses, in memory. The offline
// chat, the end-to-end tests and the benchmarks point the real bot at it with BOT_API_ROOT, and
// play the users' side through its methods (sendText, press, inline). Telegram's limits and faults
// can be switched on to test how the bot copes with them.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmulatedUser {
  id: number;
  first_name: string;
  username?: string;
  language_code?: string;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
  switch_inline_query_current_chat?: string;
}

export interface BotMessage {
  message_id: number;
  chat_id: number;
  text: string;
  /** A file the bot sent (sendDocument): its name and content. */
  document?: { file_name: string; content: Buffer };
  /** The file_id of a photo the bot sent (sendPhoto); `text` is its caption. */
  photo?: string;
  buttons: InlineButton[][];
  /** Set once the bot has edited the message. */
  edited: boolean;
}

export interface Faults {
  /** Answer 429 past this many messages a second overall (Telegram: about 30). */
  globalPerSecond?: number;
  /** Answer 429 past this many messages a second to one chat (Telegram: about 1). */
  perChatPerSecond?: number;
  /** Chats whose user blocked the bot: every send answers 403. */
  blocked?: Set<number>;
  /** Chats an outage hides: every send to them is answered 502 until they are taken out. */
  unreachable?: Set<number>;
  /** Share of sends (0–1) answered with a 5xx error. */
  serverErrorRate?: number;
  /** The next this many sends are answered 502, one after another (counts down). */
  failNext?: number;
  /** Messages sent are answered this many milliseconds late, as by a slow Bot API. */
  sendDelayMs?: number;
  /**
   * Calls to one chat answered with an error: 400 as to a chat that does not exist (or the bot is
   * not in), 502 as from Telegram's front end; `times` counts down, and without it every call fails.
   */
  chatErrors?: Map<number, { code: 400 | 502; times?: number }>;
  /** Sends to these chats are never answered nor delivered (held until the caller drops the request). */
  hang?: Set<number>;
}

type Update = Record<string, unknown> & { update_id: number };
type Params = Record<string, unknown>;

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

export class BotApiEmulator {
  readonly bot = {
    id: 7_000_000_001,
    is_bot: true,
    first_name: 'Almaty Invest',
    username: 'almaty_invest_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
  };
  /** Every call the bot made, in order, with when it arrived (performance.now()). */
  readonly calls: Array<{ method: string; params: Params; at: number }> = [];
  /** When each update was first handed to the bot (performance.now()), by update id. */
  readonly deliveredAt = new Map<number, number>();
  readonly messages = new Map<number, BotMessage[]>();
  readonly callbackAnswers: Array<{ callback_query_id: string; text?: string; show_alert?: boolean }> = [];
  readonly inlineAnswers: Array<{ inline_query_id: string; results: Array<Record<string, unknown>> }> = [];
  readonly commands = new Map<string, Array<{ command: string; description: string }>>();
  /** How many calls were answered with each status, by "method status" ("sendMessage 429"). */
  readonly answered = new Map<string, number>();
  faults: Faults = {};
  webhook: { url: string; secret_token?: string } | undefined;

  private server: Server | undefined;
  private updates: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private nextCallbackId = 1;
  private waiters: Array<() => void> = [];
  /** New messages sent within the last second, oldest first (kept only while a flood limit is on). */
  private readonly sentAt: Array<{ chat: number; at: number }> = [];
  private closed = false;

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.listen(port, host);
    await once(this.server, 'listening');
    const { port: actual } = this.server.address() as AddressInfo;
    return `http://${host}:${actual}`;
  }

  async stop(): Promise<void> {
    this.closed = true;
    for (const wake of this.waiters.splice(0)) wake();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  // ---- the users' side ----

  /** A private message from a user; returns the update id. */
  sendText(
    from: EmulatedUser,
    text: string,
    chat?: { id: number; type: 'group' | 'supergroup'; title: string },
  ): number {
    return this.push({ message: this.userMessage(from, { text, ...entitiesOf(text) }, chat) });
  }

  /** Any other kind of message: a sticker, a photo, a voice note… */
  sendOther(from: EmulatedUser, content: Record<string, unknown>): number {
    return this.push({ message: this.userMessage(from, content) });
  }

  editText(from: EmulatedUser, messageId: number, text: string): number {
    return this.push({
      edited_message: { ...this.userMessage(from, { text }), message_id: messageId, edit_date: now() },
    });
  }

  /** Presses an inline button of a message the bot sent; `data` may be forged on purpose. */
  press(from: EmulatedUser, message: BotMessage, data: string): number {
    return this.push({
      callback_query: {
        id: String(this.nextCallbackId++),
        from,
        chat_instance: String(from.id),
        data,
        message: {
          message_id: message.message_id,
          date: now(),
          // The chat the message is in: the user's own, or a group they pressed the button in.
          chat:
            message.chat_id === from.id
              ? privateChat(from)
              : { id: message.chat_id, type: message.chat_id < 0 ? 'supergroup' : 'private', title: 'Group' },
          from: this.bot,
          text: message.text,
        },
      },
    });
  }

  inline(from: EmulatedUser, query: string): number {
    return this.push({ inline_query: { id: String(this.nextCallbackId++), from, query, offset: '' } });
  }

  /** Raw update, for updates of kinds the methods above do not make. */
  pushRaw(update: Record<string, unknown>): number {
    return this.push(update);
  }

  /** Messages the bot sent to a chat, as they are now (edits applied), oldest first. */
  chat(chatId: number): BotMessage[] {
    return this.messages.get(chatId) ?? [];
  }

  // ---- the bot's side ----

  private push(body: Record<string, unknown>): number {
    const update = { update_id: this.nextUpdateId++, ...body };
    this.updates.push(update);
    for (const wake of this.waiters.splice(0)) wake();
    return update.update_id;
  }

  private userMessage(
    from: EmulatedUser,
    content: Record<string, unknown>,
    chat?: Record<string, unknown>,
  ): Record<string, unknown> {
    return { message_id: this.nextMessageId++, date: now(), chat: chat ?? privateChat(from), from, ...content };
  }

  /** Files users sent, by file_id, for getFile and downloads. */
  private files = new Map<string, { name: string; content: Buffer }>();

  /** A user sends a file (a document). */
  sendDocument(from: EmulatedUser, fileName: string, content: Buffer | string): number {
    const id = `doc${this.files.size + 1}`;
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
    this.files.set(id, { name: fileName, content: buffer });
    return this.push({
      message: this.userMessage(from, {
        document: { file_id: id, file_unique_id: id, file_name: fileName, file_size: buffer.length },
      }),
    });
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const download = /^\/file\/bot[^/]+\/documents\/(\w+)$/.exec(path);
    if (download) {
      const file = this.files.get(download[1]!);
      res.writeHead(file ? 200 : 404);
      res.end(file?.content ?? 'Not Found');
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    let status = 200;
    let body: unknown;
    try {
      if (!match) throw new ApiError(404, 'Not Found');
      const params = await readParams(req);
      this.calls.push({ method: match[2]!, params, at: performance.now() });
      if (match[2]!.startsWith('send') && this.faults.hang?.has(Number(params.chat_id))) {
        await once(res, 'close');
        return;
      }
      body = { ok: true, result: await this.call(match[2]!, params) };
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(500, `Internal Server Error: ${(err as Error).message}`);
      status = e.code;
      body = {
        ok: false,
        error_code: e.code,
        description: e.description,
        ...(e.parameters ? { parameters: e.parameters } : {}),
      };
    }
    const tally = `${match?.[2] ?? '?'} ${status}`;
    this.answered.set(tally, (this.answered.get(tally) ?? 0) + 1);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async call(method: string, p: Params): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.bot;
      case 'getUpdates':
        return this.getUpdates(p);
      case 'deleteWebhook':
        this.webhook = undefined;
        return true;
      case 'setWebhook':
        this.webhook = { url: String(p.url), ...(p.secret_token ? { secret_token: String(p.secret_token) } : {}) };
        return true;
      case 'getWebhookInfo':
        return {
          url: this.webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: this.updates.length,
        };
      case 'setMyCommands':
        this.commands.set(commandsKey(p), p.commands as Array<{ command: string; description: string }>);
        return true;
      case 'deleteMyCommands':
        this.commands.delete(commandsKey(p));
        return true;
      case 'getMyCommands':
        return this.commands.get(commandsKey(p)) ?? [];
      case 'sendChatAction':
        return true;
      case 'sendMessage':
        if (this.faults.sendDelayMs) await new Promise((r) => setTimeout(r, this.faults.sendDelayMs));
        return this.sendMessage(p);
      case 'sendDocument':
        return this.sendDocument_(p);
      case 'sendPhoto': {
        const chatId = Number(p.chat_id);
        if (typeof p.photo !== 'string' || !p.photo)
          throw new ApiError(400, 'Bad Request: there is no photo in the request');
        const caption = String(p.caption ?? '');
        if (caption.length > 1024) throw new ApiError(400, 'Bad Request: message caption is too long');
        this.checkFaults(chatId, true);
        return {
          ...this.record(chatId, { text: caption, buttons: buttonsOf(p.reply_markup), photo: p.photo }),
          photo: [{ file_id: p.photo, file_unique_id: p.photo, width: 1, height: 1 }],
          caption,
        };
      }
      case 'getFile': {
        const file = this.files.get(String(p.file_id));
        if (!file) throw new ApiError(400, 'Bad Request: invalid file_id');
        return {
          file_id: String(p.file_id),
          file_unique_id: String(p.file_id),
          file_size: file.content.length,
          file_path: `documents/${String(p.file_id)}`,
        };
      }
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return this.edit(method, p);
      case 'deleteMessage': {
        const list = this.messages.get(Number(p.chat_id)) ?? [];
        this.messages.set(
          Number(p.chat_id),
          list.filter((m) => m.message_id !== Number(p.message_id)),
        );
        return true;
      }
      case 'answerCallbackQuery':
        if (this.callbackAnswers.some((a) => a.callback_query_id === String(p.callback_query_id))) {
          throw new ApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        }
        this.callbackAnswers.push({
          callback_query_id: String(p.callback_query_id),
          ...(p.text ? { text: String(p.text) } : {}),
          ...(p.show_alert ? { show_alert: true } : {}),
        });
        return true;
      case 'answerInlineQuery':
        this.inlineAnswers.push({
          inline_query_id: String(p.inline_query_id),
          results: p.results as Array<Record<string, unknown>>,
        });
        return true;
      default:
        throw new ApiError(404, `Not Found: method ${method} is not emulated`);
    }
  }

  private async getUpdates(p: Params): Promise<Update[]> {
    if (this.webhook)
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(p.offset ?? 0);
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const limit = Math.min(Number(p.limit ?? 100), 100);
    const deadline = Date.now() + Math.min(Number(p.timeout ?? 0), 50) * 1000;
    while (this.updates.length === 0 && !this.closed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const batch = this.updates.slice(0, limit);
    const at = performance.now();
    for (const u of batch) if (!this.deliveredAt.has(u.update_id)) this.deliveredAt.set(u.update_id, at);
    return batch;
  }

  private sendMessage(p: Params): Record<string, unknown> {
    const chatId = Number(p.chat_id);
    const text = String(p.text ?? '');
    if (!Number.isFinite(chatId)) throw new ApiError(400, 'Bad Request: chat_id is empty');
    if (text.trim() === '') throw new ApiError(400, 'Bad Request: message text is empty');
    if (text.length > 4096) throw new ApiError(400, 'Bad Request: message is too long');
    checkText(text, p.parse_mode);
    const buttons = buttonsOf(p.reply_markup);
    this.checkFaults(chatId, true);
    return { ...this.record(chatId, { text, buttons }), text };
  }

  /** Keeps a message the bot sent; answers with what Telegram's answer to any send holds. */
  private record(chatId: number, sent: Pick<BotMessage, 'text' | 'buttons' | 'photo' | 'document'>) {
    const message: BotMessage = { message_id: this.nextMessageId++, chat_id: chatId, edited: false, ...sent };
    const list = this.messages.get(chatId) ?? [];
    list.push(message);
    this.messages.set(chatId, list);
    const chat = { id: chatId, type: chatId > 0 ? 'private' : 'group' };
    return { message_id: message.message_id, date: now(), chat, from: this.bot };
  }

  private sendDocument_(p: Params): Record<string, unknown> {
    const chatId = Number(p.chat_id);
    this.checkFaults(chatId, true);
    const doc = p.document as { name: string; content: Buffer } | undefined;
    if (!doc || !Buffer.isBuffer(doc.content))
      throw new ApiError(400, 'Bad Request: there is no document in the request');
    const caption = String(p.caption ?? '');
    const document = { file_name: doc.name, content: doc.content };
    return {
      ...this.record(chatId, { text: caption, buttons: buttonsOf(p.reply_markup), document }),
      document: { file_id: 'sent', file_unique_id: 'sent', file_name: doc.name },
    };
  }

  private edit(method: string, p: Params): Record<string, unknown> {
    const chatId = Number(p.chat_id);
    const message = this.chat(chatId).find((m) => m.message_id === Number(p.message_id));
    if (!message) throw new ApiError(400, 'Bad Request: message to edit not found');
    const text = method === 'editMessageText' ? String(p.text ?? '') : message.text;
    if (text.length > 4096) throw new ApiError(400, 'Bad Request: MESSAGE_TOO_LONG');
    if (method === 'editMessageText') checkText(text, p.parse_mode);
    const buttons = buttonsOf(p.reply_markup);
    this.checkFaults(chatId, false);
    if (text === message.text && JSON.stringify(buttons) === JSON.stringify(message.buttons)) {
      throw new ApiError(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    message.text = text;
    message.buttons = buttons;
    message.edited = true;
    return { message_id: message.message_id, date: now(), chat: { id: chatId, type: 'private' }, from: this.bot, text };
  }

  /** Blocked users and server errors hit every call to a chat; the flood limits count new messages. */
  private checkFaults(chatId: number, newMessage: boolean): void {
    const f = this.faults;
    if (f.blocked?.has(chatId)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
    if (f.unreachable?.has(chatId)) throw new ApiError(502, 'Bad Gateway');
    const chatError = f.chatErrors?.get(chatId);
    if (chatError && (chatError.times === undefined || chatError.times-- > 0)) {
      throw chatError.code === 400
        ? new ApiError(400, 'Bad Request: chat not found')
        : new ApiError(502, 'Bad Gateway');
    }
    if (f.failNext && f.failNext > 0) {
      f.failNext--;
      throw new ApiError(502, 'Bad Gateway');
    }
    if (f.serverErrorRate && Math.random() < f.serverErrorRate) throw new ApiError(502, 'Bad Gateway');
    // Sends are counted only while a flood limit is on: at thousands a second the bookkeeping would
    // otherwise cost more than the call it counts.
    if (!newMessage || (f.globalPerSecond === undefined && f.perChatPerSecond === undefined)) return;
    const t = Date.now();
    const expired = this.sentAt.findIndex((s) => t - s.at < 1000);
    this.sentAt.splice(0, expired < 0 ? this.sentAt.length : expired);
    if (f.globalPerSecond !== undefined && this.sentAt.length >= f.globalPerSecond) {
      throw new ApiError(429, 'Too Many Requests: retry after 1', { retry_after: 1 });
    }
    if (f.perChatPerSecond !== undefined && this.sentAt.filter((s) => s.chat === chatId).length >= f.perChatPerSecond) {
      throw new ApiError(429, 'Too Many Requests: retry after 1', { retry_after: 1 });
    }
    this.sentAt.push({ chat: chatId, at: t });
  }
}

/** "default:", "default:kk", "chat 42:ru" — a command list's scope and language. */
function commandsKey(p: Params): string {
  const scope = (typeof p.scope === 'string' ? JSON.parse(p.scope) : p.scope) as
    { type?: string; chat_id?: number } | undefined;
  const where = scope?.type === 'chat' ? `chat ${scope.chat_id}` : (scope?.type ?? 'default');
  return `${where}:${String(p.language_code ?? '')}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function privateChat(user: EmulatedUser): Record<string, unknown> {
  return {
    id: user.id,
    type: 'private',
    first_name: user.first_name,
    ...(user.username ? { username: user.username } : {}),
  };
}

/** Commands carry a bot_command entity, as Telegram sends them: at the start of a text or after a space. */
function entitiesOf(text: string): Record<string, unknown> {
  const entities = [...text.matchAll(/(?<=^|\s)\/[A-Za-z0-9_]+(@\w+)?/g)].map((m) => ({
    type: 'bot_command',
    offset: m.index,
    length: m[0].length,
  }));
  return entities.length > 0 ? { entities } : {};
}

function buttonsOf(markup: unknown): InlineButton[][] {
  const parsed = typeof markup === 'string' ? (JSON.parse(markup) as unknown) : markup;
  const rows = (parsed as { inline_keyboard?: InlineButton[][] } | undefined)?.inline_keyboard;
  if (!Array.isArray(rows)) return [];
  if (rows.some((row) => !Array.isArray(row) || row.length === 0))
    throw new ApiError(400, 'Bad Request: keyboard rows must not be empty');
  for (const b of rows.flat()) {
    if (b.callback_data !== undefined && (Buffer.byteLength(b.callback_data) > 64 || b.callback_data === '')) {
      throw new ApiError(400, 'Bad Request: BUTTON_DATA_INVALID');
    }
  }
  return rows.map((row) => row.map((b) => ({ ...b })));
}

/** What Telegram refuses in a text: broken UTF-16 (half an emoji) and, in HTML mode, unbalanced tags. */
function checkText(text: string, parseMode: unknown): void {
  if (!text.isWellFormed()) throw new ApiError(400, 'Bad Request: text must be encoded in UTF-8');
  if (parseMode !== 'HTML') return;
  const open: string[] = [];
  for (const m of text.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (m[1]) {
      if (open.pop() !== m[2])
        throw new ApiError(400, `Bad Request: can't parse entities: unexpected end tag "${m[2]}"`);
    } else open.push(m[2]!);
  }
  if (open.length > 0 || /&(?!(amp|lt|gt|quot|#\d+);)/.test(text))
    throw new ApiError(400, "Bad Request: can't parse entities: unclosed tag or bare ampersand");
}

async function readParams(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('multipart/form-data')) return readMultipart(Buffer.concat(chunks), type);
  const raw = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://local');
  const params: Params = Object.fromEntries(url.searchParams);
  if (!raw) return params;
  if (type.includes('application/json')) return { ...params, ...(JSON.parse(raw) as Params) };
  if (type.includes('application/x-www-form-urlencoded'))
    return { ...params, ...Object.fromEntries(new URLSearchParams(raw)) };
  throw new ApiError(400, `Bad Request: unsupported content type ${type}`);
}

/** Multipart form data, as grammY sends uploads: fields as strings, files as {name, content}; "attach://x" is resolved. */
function readMultipart(body: Buffer, type: string): Params {
  const boundary = /boundary=([^;]+)/.exec(type)?.[1]?.replace(/^"|"$/g, '');
  if (!boundary) throw new ApiError(400, 'Bad Request: multipart without a boundary');
  const params: Params = {};
  const files: Record<string, { name: string; content: Buffer }> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /\bname="([^"]+)"/.exec(head)?.[1];
    // grammY writes filename=name.ext without quotes; browsers quote it.
    const fileName = /filename=(?:"([^"]*)"|([^;\r\n]*))/
      .exec(head)
      ?.slice(1)
      .find((x) => x !== undefined);
    if (name) {
      files[name] = { name: fileName ?? name, content: Buffer.from(content) };
      if (fileName === undefined) params[name] = content.toString('utf8');
    }
    start = next;
  }
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      const ref = value.slice('attach://'.length);
      params[key] = files[ref];
      delete params[ref];
    } else if (typeof value === 'string' && /^[[{]/.test(value)) {
      try {
        params[key] = JSON.parse(value) as unknown;
      } catch {
        // A plain string that happens to start with a bracket.
      }
    }
  }
  return params;
}
