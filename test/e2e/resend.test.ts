// A broadcast during an outage: what failed is told apart from who blocked the bot, staff send it
// again from its status (a double tap queues nobody twice), and those who missed it get it once.
// And `npm run broadcast` beside the running bot leaves the sending to the bot.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/bot/i18n.ts';
import { ChatUser, OFFLINE_TOKEN, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import type { BotMessage } from '../../src/local/emulator.ts';
import { REPO, tempDir, until } from '../helpers.ts';

/** Scripted users answer far faster than people: not held to a person's rate here. */
const FAST = 10_000;
const ADMIN = 7_101;
const TEXT = 'Приём заявок продлён до пятницы';

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'resend.db');
  // One attempt a message: the outage fails them at once instead of after minutes of backoff.
  local = await startLocalBot({ databasePath: dbPath, adminIds: [ADMIN], userRateLimit: FAST, broadcastAttempts: 1 });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

const user = (id: number, lang: string) => new ChatUser(local, { id, first_name: `U${id}`, language_code: lang });
const got = (id: number, text: string) => local.emulator.chat(id).filter((m) => m.text === text).length;
const store = () => new Database(dbPath, { readonly: true });

describe('sending a broadcast again to those it failed to reach', () => {
  it('re-sends from the status, once, only to the recipients who did not get it', async () => {
    const audience = [601, 602, 603, 604, 605, 606];
    for (const id of audience) await user(id, 'ru').say('/start');
    local.emulator.faults = { unreachable: new Set([602, 603, 604]), blocked: new Set([606]) };

    const admin = user(ADMIN, 'ru');
    await admin.say('/broadcast');
    await admin.say(TEXT);
    await admin.press('Дальше');
    await admin.press('Пропустить');
    await admin.press('Пропустить');
    await admin.press('Всем');
    await admin.press('Отправить');
    // The audience: the six, and the admin, who wrote to the bot.
    const queued = admin.last!;
    const id = Number(/^Рассылка #(\d+) поставлена в очередь: 7 получателей\.$/.exec(queued.text)?.[1]);
    expect(id).toBeGreaterThan(0);
    const status = (): BotMessage => admin.messages.find((m) => m.message_id === queued.message_id)!;
    await until(() => status().text.includes('завершена'), 'the summary');
    expect(status().text).toBe(
      [
        `Рассылка #${id} завершена: отправлено — 3, заблокировали бота — 1, не доставлено — 3, не отправлено — 0.`,
        '1 получатель заблокировал бота — им больше не отправляем.',
        '3 сообщения не доставлены из-за сбоев — их можно отправить ещё раз.',
      ].join('\n'),
    );
    expect(status().buttons).toEqual([[{ text: '🔁 Отправить ещё раз (3)', callback_data: `b:${id}:resend` }]]);

    // Staff in other languages ask for the status with /broadcast <id>.
    await admin.say('/staff add 7102');
    await admin.say('/staff add 7103');
    const kk = user(7102, 'kk');
    await kk.say(`/broadcast ${id}`);
    expect(kk.last!.text).toBe(
      [
        `#${id} тарату аяқталды: жіберілді — 3, ботты бұғаттағандар — 1, жеткізілмеді — 3, жіберілмеді — 0.`,
        '1 алушы ботты бұғаттады — оларға енді жіберілмейді.',
        'Ақаулар салдарынан 3 хабарлама жеткізілмеді — оларды қайта жіберуге болады.',
      ].join('\n'),
    );
    expect(kk.last!.buttons.flat().map((b) => b.text)).toEqual(['🔁 Қайта жіберу (3)']);
    const en = user(7103, 'en');
    await en.say(`/broadcast ${id}`);
    expect(en.last!.text).toBe(
      [
        `Broadcast #${id} finished: sent 3, blocked 1, failed 3, not sent 0.`,
        '1 recipient has blocked the bot and will not be sent to again.',
        '3 messages were not delivered because of errors — they can be sent again.',
      ].join('\n'),
    );
    await en.say('/broadcast 999');
    expect(en.last!.text).toBe('There is no broadcast #999.');

    // The outage is over; the staff member taps Send again twice at once.
    local.emulator.faults = { blocked: new Set([606]) };
    const taps = [0, 1].map(() => local.emulator.press(admin.user, status(), `b:${id}:resend`));
    await Promise.all(taps.map((t) => local.handled(t)));
    expect(
      local.emulator.callbackAnswers
        .slice(-2)
        .map((a) => a.text)
        .sort(),
    ).toEqual([
      'Отправлять ещё раз нечего: рассылка ещё идёт или все, кто мог, её получили.',
      'Отправляю ещё раз 3 получателям.',
    ]);
    await until(() => status().text.includes('не доставлено — 0'), 'the second summary');
    expect(status().text).toBe(
      [
        `Рассылка #${id} завершена: отправлено — 6, заблокировали бота — 1, не доставлено — 0, не отправлено — 0.`,
        '1 получатель заблокировал бота — им больше не отправляем.',
      ].join('\n'),
    );
    expect(status().buttons).toEqual([]);
    // A stale button, pressed once everyone who could get it did.
    await local.handled(local.emulator.press(admin.user, status(), `b:${id}:resend`));
    expect(local.emulator.callbackAnswers.at(-1)!.text).toBe(
      'Отправлять ещё раз нечего: рассылка ещё идёт или все, кто мог, её получили.',
    );

    // The admin saw it twice: the preview, then the broadcast.
    expect([...audience, ADMIN].map((u) => got(u, TEXT))).toEqual([1, 1, 1, 1, 1, 0, 2]);
    const db = store();
    const rows = db
      .prepare(
        'SELECT user_id, status, resends FROM deliveries WHERE broadcast_id = ? AND user_id != ? ORDER BY user_id',
      )
      .all(id, ADMIN);
    const broadcast = db.prepare('SELECT status, resends FROM broadcasts WHERE id = ?').get(id);
    db.close();
    expect(rows).toEqual([
      { user_id: 601, status: 'sent', resends: 0 },
      { user_id: 602, status: 'sent', resends: 1 },
      { user_id: 603, status: 'sent', resends: 1 },
      { user_id: 604, status: 'sent', resends: 1 },
      { user_id: 605, status: 'sent', resends: 0 },
      { user_id: 606, status: 'blocked', resends: 0 },
    ]);
    expect(broadcast).toEqual({ status: 'done', resends: 1 });
  }, 60_000);

  it('says the counts in each language with the right plural forms', () => {
    const i18n = createI18n();
    const t = (lang: string, key: string, n: number) => i18n.t(lang, key, { failed: n, blocked: n, count: n });
    expect([1, 3, 5, 21].map((n) => t('ru', 'broadcast-summary-failed', n))).toEqual([
      '1 сообщение не доставлено из-за сбоев — их можно отправить ещё раз.',
      '3 сообщения не доставлены из-за сбоев — их можно отправить ещё раз.',
      '5 сообщений не доставлено из-за сбоев — их можно отправить ещё раз.',
      '21 сообщение не доставлено из-за сбоев — их можно отправить ещё раз.',
    ]);
    expect([1, 2, 5].map((n) => t('ru', 'broadcast-summary-blocked', n))).toEqual([
      '1 получатель заблокировал бота — им больше не отправляем.',
      '2 получателя заблокировали бота — им больше не отправляем.',
      '5 получателей заблокировали бота — им больше не отправляем.',
    ]);
    expect([1, 21, 5].map((n) => t('ru', 'broadcast-resending', n))).toEqual([
      'Отправляю ещё раз 1 получателю.',
      'Отправляю ещё раз 21 получателю.',
      'Отправляю ещё раз 5 получателям.',
    ]);
    expect([1, 2].map((n) => t('en', 'broadcast-summary-failed', n))).toEqual([
      '1 message was not delivered because of errors — they can be sent again.',
      '2 messages were not delivered because of errors — they can be sent again.',
    ]);
    expect([1, 2].map((n) => t('en', 'broadcast-resending', n))).toEqual([
      'Sending again to 1 recipient.',
      'Sending again to 2 recipients.',
    ]);
    // Kazakh keeps the noun singular after a number.
    expect([1, 5].map((n) => t('kk', 'broadcast-resending', n))).toEqual([
      '1 алушыға қайта жіберіліп жатыр.',
      '5 алушыға қайта жіберіліп жатыр.',
    ]);
  });

  it('leaves the sending to the running bot when `npm run broadcast` is started beside it', async () => {
    local.emulator.faults = {};
    // Everyone who wrote to the bot and has not blocked it: five users and three staff.
    const audience = [601, 602, 603, 604, 605, ADMIN, 7102, 7103];
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/broadcast.ts', '--text', 'Из командной строки', '--yes'],
      {
        cwd: REPO,
        env: { ...process.env, BOT_TOKEN: OFFLINE_TOKEN, BOT_API_ROOT: local.apiRoot, DATABASE_PATH: dbPath },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code, out).toBe(0);
    expect(out).toMatch(/^another sender holds the queue \(bot pid \d+ on .+\): it sends, this waits$/m);
    expect(out).toMatch(/\nsent 8, blocked 0, failed 0, duplicates at most 0\n$/);
    expect(audience.map((u) => got(u, 'Из командной строки'))).toEqual(audience.map(() => 1));
  }, 30_000);
});
