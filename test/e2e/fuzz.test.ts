// 5,000 random and malformed updates through the real bot: random Unicode and lengths, unknown
// update kinds, missing fields, forged and stale button data, huge captions, odd command arguments,
// random languages. No crash, no unhandled rejection, no handler error, an answer to every private
// text that deserves one, and a consistent store at the end.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random } from '../../src/bench/synthetic.ts';
import type { UpdateEvent } from '../../src/bot/context.ts';
import { startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

const COUNT = 5000;
let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  tmp = tempDir();
  dbPath = join(tmp.dir, 'fuzz.db');
  local = await startLocalBot({
    databasePath: dbPath,
    logLevel: (process.env.FUZZ_LOG as 'error' | undefined) ?? 'silent',
    userRateLimit: 10_000,
    staffChatId: -100_1,
    adminIds: [999_999],
  });
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await local.stop();
  tmp.cleanup();
});

const rnd = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const PIECES = [
  'Шелек',
  'Қайрат',
  'valtherm',
  'ПИТ',
  '🙂',
  '\u200b',
  '\u202e',
  '<b>',
  '&amp;',
  '"',
  "'",
  '\\',
  '/',
  '%s',
  '\n',
  ' ',
  'ئۇيغۇر',
  '中文',
  'ﷺ',
  '\ud83d\ude00',
  'a'.repeat(50),
  '0',
  '-1',
  'NaN',
];
function randomText(maxLength: number): string {
  let s = '';
  const target = Math.floor(rnd() ** 3 * maxLength);
  while (s.length < target) s += rnd() < 0.5 ? pick(PIECES) : String.fromCodePoint(Math.floor(rnd() * 0x2fff) + 32);
  return s.slice(0, Math.max(target, 0));
}
const LANGS = [undefined, 'kk', 'ru', 'en', 'de', 'zh-hans', 'uz', '', 'xx-YY'];
const COMMANDS = [
  '/start',
  '/start kairat-2',
  '/start ../../etc/passwd',
  '/start <script>',
  '/start ' + 'x'.repeat(300),
  '/invest',
  '/invest now please',
  '/parks',
  '/apply',
  '/cancel',
  '/help me',
  '/language xx',
  '/zones 99',
  '/districts',
  '/myrequests',
  '/subscribe',
  '/unsubscribe',
  '/stats',
  '/broadcast',
  '/export',
  '/import',
  '/staff add abc',
  '/staff add 1',
  '/nope',
  '/START',
  '/start@almaty_invest_bot',
  '/start@other_bot',
];
const DATA = [
  'c:kairat-2',
  'c:no-such',
  'f:pit-alatau:1',
  'f:pit-alatau:999',
  'p:almaty-industrial-zone:0',
  'p:x:-1',
  'l:sez:0',
  'l:districts:7',
  'm:main',
  'm:zones',
  'g:kk',
  'g:de',
  'k:shelek',
  'k:show',
  'k:clear',
  'a:shelek',
  'o:zone:shelek',
  'o:sez',
  'b:1:pause',
  'i:apply',
  'n:bereke',
  't:1:done',
  'v:s:food',
  'v:back',
  'v:cancel',
  '',
  'x'.repeat(200),
  ':::',
  'c:',
  'h:pit-alatau',
  's:pit-alatau',
  's:shelek',
];

interface Planned {
  update: Record<string, unknown>;
  /** A private text with letters: it must get an answer in its own chat. */
  answerable?: number;
}

function plan(i: number): Planned {
  const userId = 10_000 + i;
  const from = { id: userId, is_bot: false, first_name: randomText(20) || 'x', language_code: pick(LANGS) };
  const chat = { id: userId, type: 'private', first_name: 'x' };
  const group = { id: -500_000 - (i % 7), type: pick(['group', 'supergroup']), title: 'g' };
  const message = (extra: Record<string, unknown>, where: Record<string, unknown> = chat) => ({
    message_id: i + 1,
    date: 1_700_000_000,
    chat: where,
    from,
    ...extra,
  });
  const kind = rnd();
  if (kind < 0.3) {
    const text = randomText(rnd() < 0.05 ? 6000 : 200);
    const answerable = /[\p{L}\p{N}]/u.test(text) && text.trim().length > 0 && !text.trim().startsWith('/');
    return { update: { message: message({ text: text || '.' }) }, ...(answerable ? { answerable: userId } : {}) };
  }
  if (kind < 0.42) {
    const text = pick(COMMANDS) + (rnd() < 0.3 ? ` ${randomText(40)}` : '');
    return {
      update: {
        message: message({ text, entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] }),
      },
    };
  }
  if (kind < 0.62) {
    const data = rnd() < 0.7 ? pick(DATA) : randomText(80);
    return {
      update: {
        callback_query: {
          id: `cb${i}`,
          from,
          chat_instance: 'x',
          data,
          ...(rnd() < 0.9
            ? { message: message({ text: 'old', from: { id: 1, is_bot: true, first_name: 'bot' } }) }
            : {}),
        },
      },
    };
  }
  if (kind < 0.7) return { update: { inline_query: { id: `iq${i}`, from, query: randomText(256), offset: '' } } };
  if (kind < 0.78) {
    return {
      update: {
        message: message(
          pick([
            {
              sticker: {
                file_id: 's',
                file_unique_id: 's',
                type: 'regular',
                width: 1,
                height: 1,
                is_animated: false,
                is_video: false,
              },
            },
            { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: randomText(5000) },
            { voice: { file_id: 'v', file_unique_id: 'v', duration: 1 } },
            { location: { latitude: 43.2, longitude: 76.9 } },
            { contact: { phone_number: '+77010000000', first_name: 'c', user_id: userId + 1 } },
            { document: { file_id: 'd', file_unique_id: 'd', file_name: pick(['a.yaml', 'b.pdf', '']) } },
            { new_chat_members: [from] },
            { pinned_message: { message_id: 1, date: 0, chat } },
          ]),
        ),
      },
    };
  }
  if (kind < 0.85)
    return {
      update: {
        message: message(
          { text: pick([randomText(100), '@almaty_invest_bot Шелек', '@almaty_invest_bot']) || 'x' },
          group,
        ),
      },
    };
  if (kind < 0.9)
    return { update: { edited_message: { ...message({ text: randomText(50) || 'x' }), edit_date: 1_700_000_001 } } };
  // Kinds the bot does not ask for, and messages with fields missing.
  return {
    update: pick([
      {
        poll: {
          id: 'p',
          question: 'q',
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: 'regular',
          allows_multiple_answers: false,
        },
      },
      {
        my_chat_member: {
          chat,
          from,
          date: 0,
          old_chat_member: { status: 'member', user: from },
          new_chat_member: { status: 'kicked', user: from, until_date: 0 },
        },
      },
      { channel_post: { message_id: 1, date: 0, chat: { id: -1009, type: 'channel', title: 'c' }, text: 'Шелек' } },
      { message_reaction: { chat, message_id: 1, date: 0, old_reaction: [], new_reaction: [] } },
      { chat_join_request: { chat: group, from, user_chat_id: userId, date: 0 } },
      { message: { message_id: i + 1, date: 0, chat, text: 'без отправителя' } },
      { callback_query: { id: `cbx${i}`, from, chat_instance: 'x' } },
      { something_new: { hello: 'world' } },
    ]),
  };
}

describe('fuzzing the bot', () => {
  it(`survives ${COUNT} random and malformed updates`, async () => {
    const planned = Array.from({ length: COUNT }, (_, i) => plan(i));
    const events: UpdateEvent[] = [];
    for (let start = 0; start < COUNT; start += 250) {
      const ids = planned.slice(start, start + 250).map((p) => local.emulator.pushRaw(p.update));
      events.push(...(await Promise.all(ids.map((id) => local.handled(id, 30_000)))));
    }
    expect(rejections).toEqual([]);
    expect(events.filter((e) => e.outcome === 'error')).toEqual([]);
    const unanswered = planned.filter(
      (p) => p.answerable !== undefined && local.emulator.chat(p.answerable).length === 0,
    );
    expect(unanswered.map((p) => JSON.stringify(p.update).slice(0, 120))).toEqual([]);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const users = (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
      expect(users).toBeLessThanOrEqual(COUNT + 10);
      expect(db.prepare('SELECT count(*) AS n FROM applications WHERE ref IS NULL').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 90_000);
});
