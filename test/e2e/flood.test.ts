// The per-user rate limit at its production default (8 updates a 2 s window), end to end: a person
// going through a guide quickly is never dropped; a flood from one user gets exactly `limit` answers
// a window and one "slow down", however many windows it lasts, and does not silence anyone else.
// The clock is fake, so nothing here depends on how fast the machine is: the limiter's window only
// turns over when a test advances it (see test/bot/rateLimit.test.ts for the middleware alone).
import { join } from 'node:path';
import type { Transformer } from 'grammy';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

/** The production default (src/bot/index.ts); the bot is started without USER_RATE_LIMIT. */
const LIMIT = 8;
const WINDOW_MS = 2000;
const SLOW_DOWN = 'Слишком много сообщений';
/** The presses that take /invest through to its summary: with /invest, six updates in all. */
const GUIDE_ANSWERS = ['Производство', 'Без разницы', 'Не нужна / нужно помещение', 'Пока не знаю', 'Готово ✔'];

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
/** Bot API calls the bot has started and not yet seen answered, long polling aside. */
let inFlight = 0;

beforeAll(async () => {
  // Faked before the bot starts, as the limiter's memory store resets its counts on a setInterval
  // made with it, and the quiet time after a "slow down" is measured with Date.now(). setTimeout is
  // left real: the HTTP to the emulator (in this process), long polling and the runner use it.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  tmp = tempDir();
  local = await startLocalBot({ databasePath: join(tmp.dir, 'flood.db') });
  // The "slow down" is sent without being awaited, so an update can count as handled before the
  // message arrives; counting calls in flight lets a test wait for every send, not for a while.
  const track: Transformer = async (prev, method, payload, signal) => {
    if (method === 'getUpdates') return prev(method, payload, signal);
    inFlight++;
    try {
      return await prev(method, payload, signal);
    } finally {
      inFlight--;
    }
  };
  local.app.bot.api.config.use(track);
});
afterAll(async () => {
  // Real timers first: stopping waits for updates in hand until a Date.now() a frozen clock never reaches.
  vi.useRealTimers();
  await local?.stop();
  tmp?.cleanup();
});

/** Resolves once these updates are handled and everything the bot sent for them has arrived. */
async function settled(ids: number[]): Promise<void> {
  await Promise.all(ids.map((id) => local.handled(id)));
  // Bounded by a count of real pauses, not by Date.now(), which is frozen here.
  for (let tries = 0; inFlight > 0; tries++) {
    if (tries > 400) throw new Error(`${inFlight} Bot API calls still unanswered`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const repliesTo = (chat: number) => local.emulator.chat(chat).map((m) => m.text);

describe('the per-user rate limit', () => {
  it('lets a person answer a guide as fast as people tap', async () => {
    const u = new ChatUser(local, { id: 1, first_name: 'A', language_code: 'ru' });
    // No pauses, and the window never turns over: all six updates count in one window, under LIMIT.
    await u.say('/invest');
    for (const label of GUIDE_ANSWERS) await u.press(label);
    expect(u.messages.some((m) => m.text.startsWith('Ваш проект: производство'))).toBe(true);
    expect(u.messages.some((m) => m.text.includes(SLOW_DOWN))).toBe(false);
    expect(local.emulator.callbackAnswers.some((a) => a.text?.includes(SLOW_DOWN))).toBe(false);
  });

  it('answers a flood once with "slow down", and others are served as usual', async () => {
    const flood = { id: 2, first_name: 'F', language_code: 'ru' };
    const ids = Array.from({ length: 50 }, () => local.emulator.sendText(flood, 'Шелек'));
    // In the same window as the flood, which is over the limit by now: the limit is the flooder's alone.
    const other = new ChatUser(local, { id: 3, first_name: 'O', language_code: 'kk' });
    await other.say('Береке');
    expect(other.last!.text).toContain('«Береке»');
    await settled(ids);
    const replies = repliesTo(2);
    expect(replies.filter((t) => t.startsWith(SLOW_DOWN))).toHaveLength(1);
    expect(replies.filter((t) => t.includes('«Шелек»'))).toHaveLength(LIMIT);
    expect(repliesTo(3).some((t) => t.startsWith('Хабарламалар тым көп'))).toBe(false);
  });

  it('tells a flood that goes on past the window to slow down once, not once a window', async () => {
    const flood = { id: 4, first_name: 'F', language_code: 'ru' };
    // 50 messages in each of three windows; each new window lets LIMIT through again.
    for (let window = 0; window < 3; window++) {
      await settled(Array.from({ length: 50 }, () => local.emulator.sendText(flood, 'Шелек')));
      vi.advanceTimersByTime(WINDOW_MS);
    }
    const replies = repliesTo(4);
    expect(replies.filter((t) => t.startsWith(SLOW_DOWN))).toHaveLength(1);
    expect(replies.filter((t) => t.includes('«Шелек»'))).toHaveLength(3 * LIMIT);
  });
});
