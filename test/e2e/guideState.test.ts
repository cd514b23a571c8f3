// A guide's saved state stays small however long it runs: answers a question cannot read are not
// kept (and after a few the guide gives up politely), Back forgets what came after, a guide left
// unanswered expires and is removed, and a saved state that cannot be loaded is dropped with an
// apology instead of wedging (or crashing) the bot.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { MAX_WRONG_ANSWERS } from '../../src/bot/questions.ts';
import { GUIDE_IDLE_MS, MAX_GUIDE_STATE } from '../../src/store/storage.ts';
import { tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;
let nextId = 7000;

const start = () => startLocalBot({ databasePath: dbPath, userRateLimit: 10_000 });
const newUser = (language_code = 'ru') => new ChatUser(local, { id: nextId++, first_name: 'Ерлан', language_code });
/** The length of the chat's saved guide state; undefined when it has none. */
const stateSize = (u: ChatUser) =>
  (
    local.app.store.sqlite
      .prepare('SELECT length(value) AS n FROM conversation_state WHERE key = ?')
      .get(String(u.user.id)) as { n: number } | undefined
  )?.n;
const setState = (u: ChatUser, value: string, updatedAt = new Date().toISOString()) =>
  local.app.store.sqlite
    .prepare('UPDATE conversation_state SET value = ?, updated_at = ? WHERE key = ?')
    .run(value, updatedAt, String(u.user.id));

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'state.db');
  local = await start();
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe("a guide's saved state", () => {
  it('keeps nothing of answers it cannot read, and gives up politely after a few', async () => {
    const u = newUser();
    await u.say('/invest');
    await u.press('Производство');
    await u.press('Алматинская область');
    expect(u.last!.text).toContain('3/5.');
    const asked = stateSize(u)!;
    for (let i = 1; i < MAX_WRONG_ANSWERS; i++) {
      await u.say(`много-много земли ${'x'.repeat(3000)}`);
      expect(u.messages.at(-2)!.text).toContain('Не понял площадь');
      expect(u.last!.text).toContain('3/5.');
      expect(stateSize(u)).toBe(asked);
    }
    await u.say('ещё больше');
    expect(u.last!.text).toBe(
      `Я ${MAX_WRONG_ANSWERS} раза подряд не смог разобрать ответ, поэтому закрыл опрос. Начать заново можно из меню: /start`,
    );
    expect(stateSize(u)).toBeUndefined();
    // The guide is over: the next text is a search again, and a new guide starts from nothing.
    await u.say('Шелек');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Шелек»</b>');
    await u.say('/invest');
    await u.press('Производство');
    await u.press('Алматинская область');
    await u.say('много');
    expect(u.messages.at(-2)!.text).toContain('Не понял площадь');
  });

  it('counts the parts of one long text Telegram cut as one wrong answer, in Kazakh too', async () => {
    const u = newUser('kk');
    await u.say('/parks');
    const asked = stateSize(u)!;
    for (let i = 0; i < MAX_WRONG_ANSWERS - 1; i++) {
      // A text of 8,500 characters arrives as three messages sent together.
      // Sent together, as Telegram sends them: their dates are the same second.
      const parts = ['а'.repeat(4096), 'ә'.repeat(4096), 'б'.repeat(308)].map((p) =>
        local.emulator.sendText(u.user, p),
      );
      for (const id of parts) await local.handled(id);
    }
    expect(stateSize(u)).toBe(asked);
    expect(u.last!.buttons.flat().map((b) => b.text)).toContain('✖ Бас тарту');
    await u.say('!');
    expect(u.last!.text).toBe(
      `Жауабыңызды қатарынан ${MAX_WRONG_ANSWERS} рет түсіне алмадым, сондықтан сауалнаманы жаптым. Қайта бастау үшін мәзірді ашыңыз: /start`,
    );
  });

  it('asks the trade again for punctuation or emoji alone, in Kazakh', async () => {
    const u = newUser('kk');
    await u.say('/invest');
    await u.say('!!! 😀');
    expect(u.last!.text).toContain('1/5.');
  });

  it('starts counting wrong answers afresh after Back or an answer', async () => {
    const u = newUser();
    await u.say('/invest');
    await u.press('Производство');
    await u.press('Алматинская область');
    for (let i = 1; i < MAX_WRONG_ANSWERS; i++) await u.say('много');
    await u.press('Назад');
    await u.press('Алматинская область');
    await u.say('много');
    expect(u.messages.at(-2)!.text).toContain('Не понял площадь');
    expect(u.last!.text).toContain('3/5.');
  });

  it('keeps nothing of taps on buttons of earlier questions', async () => {
    const u = newUser('en');
    await u.say('/invest');
    const sectors = u.withButtons!;
    const manufacturing = sectors.buttons.flat().find((b) => b.text.includes('Manufacturing'))!.callback_data!;
    await u.press('Manufacturing');
    const asked = stateSize(u)!;
    for (let i = 0; i < 20; i++) await local.handled(local.emulator.press(u.user, sectors, manufacturing));
    expect(stateSize(u)).toBe(asked);
    await u.press('Almaty region');
    expect(u.last!.text).toContain('3/5.');
  });

  it('holds only the path to the current question, however often the user goes back', async () => {
    const u = newUser('en');
    await u.say('/invest');
    await u.press('Manufacturing');
    const atWhere = stateSize(u)!;
    await u.press('Almaty region');
    const atLand = stateSize(u)!;
    // The same steps again: only the ids in them (a digit more now and then) change the size.
    for (let i = 0; i < 30; i++) {
      await u.press('‹ Back');
      expect(stateSize(u)).toBeLessThan(atWhere + 16);
      await u.press('Almaty region');
      expect(stateSize(u)).toBeLessThan(atLand + 16);
    }
    expect(atLand).toBeLessThan(8 * 1024);
    await u.say('2 ha');
    expect(u.last!.text).toContain('4/5.');
  });

  it('of a guide left unanswered for a day is dropped, its user told, and removed at start', async () => {
    const u = newUser();
    await u.say('/invest');
    await u.press('Производство');
    setState(
      u,
      local.app.store.sqlite
        .prepare('SELECT value FROM conversation_state WHERE key = ?')
        .pluck()
        .get(String(u.user.id)) as string,
      new Date(Date.now() - GUIDE_IDLE_MS - 60_000).toISOString(),
    );
    await u.press('Алматинская область');
    expect(u.last!.text).toBe('Опрос закрыт: ответа не было больше суток. Начать заново: /invest или /parks.');
    expect(stateSize(u)).toBeUndefined();

    const idle = newUser();
    await idle.say('/parks');
    setState(idle, '{}', new Date(Date.now() - GUIDE_IDLE_MS - 60_000).toISOString());
    const fresh = newUser();
    await fresh.say('/parks');
    await local.stop();
    local = await start();
    expect(stateSize(idle)).toBeUndefined();
    expect(stateSize(fresh)).toBeGreaterThan(0);
  });

  it('that cannot be loaded is dropped with an apology, and the bot goes on', async () => {
    for (const broken of [
      '{"version":',
      JSON.stringify({ version: [1, 'x'], state: { pad: 'x'.repeat(MAX_GUIDE_STATE) } }),
      '[]',
    ]) {
      const u = newUser();
      await u.say('/parks');
      setState(u, broken);
      const event = await u.say('цех');
      expect(event.outcome).toBe('ok');
      expect(u.last!.text).toBe(
        'Не получилось продолжить опрос, извините. Пожалуйста, начните заново: /invest или /parks.',
      );
      expect(stateSize(u)).toBeUndefined();
      await u.say('/parks');
      expect(u.last!.buttons.flat().map((b) => b.text)).toContain('✖ Отмена');
    }
  });
});
