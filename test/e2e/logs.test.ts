// What the logs hold: one line per update with its kind, duration and outcome, and never the
// token, a phone number, an e-mail or an applicant's words, even when a call that carried them fails.
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, OFFLINE_TOKEN, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { createLogger } from '../../src/app.ts';
import { tempDir } from '../helpers.ts';

const STAFF_CHAT = -100_555;
let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let logs = '';

beforeAll(async () => {
  tmp = tempDir();
  const logTo = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString();
      done();
    },
  });
  local = await startLocalBot({
    databasePath: join(tmp.dir, 'logs.db'),
    staffChatId: STAFF_CHAT,
    logLevel: 'debug',
    logTo,
    userRateLimit: 10_000,
  });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('logs', () => {
  it('keep contacts and the token out, even when posting an application fails', async () => {
    // The staff chat refuses every post: the failure, with the application in its request, is logged.
    local.emulator.faults.blocked = new Set([STAFF_CHAT]);
    const phone = new ChatUser(local, { id: 61, first_name: 'Дана', language_code: 'ru' });
    const mail = new ChatUser(local, { id: 62, first_name: 'Ерлан', language_code: 'kk' });
    for (const [u, contact] of [
      [phone, { contact: { phone_number: '77015550199', first_name: 'Дана', user_id: 61 } }],
      [mail, 'erlan.secret@example.kz'],
    ] as const) {
      await u.say('/apply');
      await u.press('✅');
      await u.say('Дана Секретова');
      await u.press(1);
      if (typeof contact === 'string') await u.say(contact);
      else await local.handled(local.emulator.sendOther(u.user, contact));
      await u.say('Тайный цех полимерной тары, 25 рабочих мест');
      await u.press('✅');
    }
    await phone.say('+7 701 555 01 99');
    // Both refusals, logged by the staff chat's outbox.
    await Promise.all([local.staffPost(1, 'refused'), local.staffPost(2, 'refused')]);
    expect(logs).toContain('could not post the application to the staff chat');
    expect(logs).toMatch(/"kind":"message","ms":\d+,"outcome":"ok"/);
    expect(logs).toMatch(/"kind":"callback_query","ms":\d+,"outcome":"ok"/);
    for (const secret of [OFFLINE_TOKEN, '7015550199', '701 555 01 99', 'erlan.secret', 'Секретова', 'Тайный цех'])
      expect(logs, secret).not.toContain(secret);
  }, 30_000);

  it('log an error without its url, token, request or payload, and leave the logged object as it was', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => void lines.push(s) });
    const url = `https://api.telegram.org/bot${OFFLINE_TOKEN}/sendMessage`;
    // An Error-like object, and something else thrown (which the serializer hands back as it is).
    const refused = { message: 'refused', method: 'sendMessage', payload: { text: 'Тайный цех' }, url, code: 400 };
    const odd = { payload: { text: 'Тайный цех' }, token: OFFLINE_TOKEN, code: 7 };
    logger.error({ err: refused }, 'update failed');
    logger.error({ err: odd }, 'update failed');
    const [first, second] = lines.map((l) => (JSON.parse(l) as { err: Record<string, unknown> }).err);
    expect(first).toMatchObject({ message: 'refused', code: 400 });
    expect(second).toEqual({ code: 7 });
    for (const err of [first!, second!])
      for (const field of ['url', 'token', 'config', 'payload', 'method']) expect(err, field).not.toHaveProperty(field);
    expect(lines.join('')).not.toContain(OFFLINE_TOKEN);
    expect(refused).toMatchObject({ method: 'sendMessage', url, payload: { text: 'Тайный цех' } });
    expect(odd).toMatchObject({ token: OFFLINE_TOKEN, payload: { text: 'Тайный цех' } });
  });

  it("cut the token out of a network failure's cause, which names the request's URL", () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => void lines.push(s) });
    const cause = new Error(
      `request to http://127.0.0.1:1/bot${OFFLINE_TOKEN}/getMe failed, reason: connect ECONNREFUSED`,
    );
    logger.warn({ err: Object.assign(new Error("Network request for 'getMe' failed!"), { error: cause }) }, 'failed');
    expect(lines.join('')).not.toContain(OFFLINE_TOKEN);
    expect(lines.join('')).toContain(
      'request to http://127.0.0.1:1/bot<token>/getMe failed, reason: connect ECONNREFUSED',
    );
  });
});
