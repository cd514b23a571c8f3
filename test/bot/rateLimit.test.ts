// The per-user rate limit on its own, on a fake clock: a person's pace passes; a flood lets through
// exactly `limit` updates a window and is told to slow down once, however many windows it lasts,
// and again only after SLOW_DOWN_QUIET_MS; a button is answered in its own way, a group not at all.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { BotContext, BotDeps } from '../../src/bot/context.ts';
import { SLOW_DOWN_QUIET_MS, userRateLimit, type UserRate } from '../../src/bot/middlewares/rateLimit.ts';

const RATE: UserRate = { limit: 8, windowMs: 2000 };

/** A stand-in for an update: only what the middleware reads, and spies for what it may send. */
interface FakeUpdate {
  from: { id: number; is_bot: false; first_name: string; language_code: string };
  chat: { id: number; type: 'private' | 'group' };
  callbackQuery?: { id: string };
  reply: Mock<(text: string) => Promise<unknown>>;
  answerCallbackQuery: Mock<(other?: { text?: string }) => Promise<unknown>>;
}

interface Options {
  user?: number;
  chat?: 'private' | 'group';
  button?: boolean;
}

function update({ user = 1, chat = 'private', button = false }: Options = {}): FakeUpdate {
  return {
    from: { id: user, is_bot: false, first_name: 'U', language_code: 'ru' },
    chat: chat === 'private' ? { id: user, type: 'private' } : { id: -100, type: 'group' },
    ...(button ? { callbackQuery: { id: '1' } } : {}),
    reply: vi.fn(async () => undefined),
    answerCallbackQuery: vi.fn(async () => undefined),
  };
}

let passed: number;
let said: Array<{ user: number; how: 'reply' | 'answerCallbackQuery'; text: string | undefined }>;
let handle: (options?: Options) => Promise<void>;

/** Sends `n` updates from one user back to back, all within the current window. */
async function flood(n: number, options: Options = {}): Promise<void> {
  for (let i = 0; i < n; i++) await handle(options);
}

const slowDowns = (user = 1) => said.filter((s) => s.user === user);

beforeEach(() => {
  // Before the middleware is made: the store's window is a setInterval, and "told" is Date.now().
  vi.useFakeTimers();
  passed = 0;
  said = [];
  // The middleware reads deps.translate only; the rest of BotDeps (store, logger…) is not needed.
  const deps = { translate: (lang: string, key: string) => `${lang}:${key}` } as unknown as BotDeps;
  const middleware = userRateLimit(deps, RATE);
  handle = async (options) => {
    const u = update(options);
    // A cast, not `any`: the fake has only the fields the middleware touches.
    await middleware(u as unknown as BotContext, async () => {
      passed++;
    });
    for (const [text] of u.reply.mock.calls) said.push({ user: u.from.id, how: 'reply', text });
    for (const [other] of u.answerCallbackQuery.mock.calls) {
      said.push({ user: u.from.id, how: 'answerCallbackQuery', text: other?.text });
    }
  };
});
afterEach(() => {
  vi.useRealTimers();
});

describe('userRateLimit', () => {
  it('lets a person through at a person’s pace', async () => {
    // Six taps half a second apart: three seconds, across two windows.
    for (let i = 0; i < 6; i++) {
      await handle();
      vi.advanceTimersByTime(500);
    }
    expect(passed).toBe(6);
    expect(said).toEqual([]);
  });

  it('lets exactly `limit` of a flood through and tells the user once', async () => {
    await flood(50);
    expect(passed).toBe(RATE.limit);
    expect(said).toEqual([{ user: 1, how: 'reply', text: 'ru:slow-down' }]);
  });

  it('tells a flood that goes on for three windows once, not once a window', async () => {
    for (let window = 0; window < 3; window++) {
      await flood(50);
      vi.advanceTimersByTime(RATE.windowMs);
    }
    // Each new window lets `limit` through again: the quiet time is what keeps the user from a second message.
    expect(passed).toBe(3 * RATE.limit);
    expect(slowDowns()).toHaveLength(1);
  });

  it('tells a new flood again once the quiet time has passed, not a moment before', async () => {
    await flood(50);
    // Just short of the quiet time (the window has been reset many times meanwhile): still quiet.
    vi.advanceTimersByTime(SLOW_DOWN_QUIET_MS - RATE.windowMs);
    await flood(50);
    expect(slowDowns()).toHaveLength(1);
    vi.advanceTimersByTime(RATE.windowMs);
    await flood(50);
    expect(slowDowns()).toHaveLength(2);
    expect(passed).toBe(3 * RATE.limit);
  });

  it('counts and tells each user on their own', async () => {
    await flood(50, { user: 1 });
    await flood(3, { user: 2 });
    expect(passed).toBe(RATE.limit + 3);
    await flood(50, { user: 2 });
    expect(slowDowns(1)).toHaveLength(1);
    expect(slowDowns(2)).toHaveLength(1);
  });

  it('answers a button pressed past the limit with a callback answer, not a message', async () => {
    await flood(50, { button: true });
    expect(passed).toBe(RATE.limit);
    expect(said).toEqual([{ user: 1, how: 'answerCallbackQuery', text: 'ru:slow-down' }]);
  });

  it('drops a flood in a group without a word', async () => {
    await flood(50, { chat: 'group' });
    expect(passed).toBe(RATE.limit);
    expect(said).toEqual([]);
  });
});
