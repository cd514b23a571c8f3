// Comparing zones end to end: /compare with names and without, from the main menu, from cards, asked
// in a message in each language; like-for-like rows only; a fourth zone offered in place of one of three.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

/** Scripted users answer far faster than people: not held to a person's rate here. */
const FAST = 10_000;

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let nextId = 7000;

const newUser = (language_code: string) => new ChatUser(local, { id: nextId++, first_name: 'Дана', language_code });
const labels = (u: ChatUser) => u.withButtons!.buttons.flat().map((b) => b.text);
/** The values of one row of the comparison: the lines under its bold title. */
const row = (text: string, title: string) =>
  new RegExp(`<b>${title}</b>\\n((?:[1-3]️⃣ .*(?:\\n|$))+)`).exec(text)?.[1]?.trim().split('\n');

beforeAll(async () => {
  tmp = tempDir();
  local = await startLocalBot({ databasePath: join(tmp.dir, 'compare.db'), userRateLimit: FAST });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('/compare', () => {
  it('with names compares them, like for like, each value with its year', async () => {
    const u = newUser('ru');
    await u.say('/compare ПИТ Алатау, Индустриальная зона Алматы');
    const text = u.last!.text;
    expect(text).toContain('⚖️ <b>Сравнение площадок</b>');
    expect(text).toContain('1️⃣ <b>СЭЗ «Парк инновационных технологий „Алатау“»</b>');
    expect(text).toContain('2️⃣ <b>Индустриальная зона г. Алматы</b>');
    // The zone's own area, never the land bought for stage 2 or given to investors in its place.
    expect(row(text, 'Площадь')).toEqual(['1️⃣ более 163 га (2018)', '2️⃣ —']);
    expect(text).not.toMatch(/143,9|185 га/);
    // The 2025 plan beside the 2025 plan; not all residents' investment beside the 2025 projects.
    const investment = row(text, 'Инвестиции · 2025')!;
    expect(investment[0]).toMatch(/^1️⃣ 18,5 млрд ₸ \(2025\) — .*2025/);
    expect(investment[1]).toMatch(/^2️⃣ 135,4 млрд ₸ \(2025\) — .*2025/);
    expect(text).not.toContain('399');
    expect(row(text, 'Заполненность')).toEqual(['1️⃣ 94% (2026)', '2️⃣ 95% (2023)']);
    expect(row(text, 'Льготы')![0]).toBe('1️⃣ льготы СЭЗ (налоги, таможня, земля)');
    expect(labels(u)).toEqual(
      expect.arrayContaining(['1️⃣ СЭЗ «Парк инновационных технологий „Алатау“»', '➕ Выбрать площадку']),
    );
  });

  it('without names explains, and lets zones be picked by button', async () => {
    const u = newUser('en');
    await u.say('/compare');
    expect(u.last!.text).toContain('Pick sites with the buttons below (up to 3 sites at a time)');
    expect(u.last!.text).toContain('/compare PIT Alatau, Kairat');
    await u.press('"Alatau" Park of Innovative Technologies SEZ');
    expect(u.last!.text).toContain('Picked: "Alatau" Park of Innovative Technologies SEZ.');
    expect(labels(u)).toContain('✅ "Alatau" Park of Innovative Technologies SEZ');
    await u.press('Kairat industrial zone');
    await u.press('⚖️ Compare (2)');
    expect(u.last!.text).toContain('⚖️ <b>Sites side by side</b>');
    expect(u.last!.text).toContain('2️⃣ <b>Kairat industrial zone</b>');
    expect(row(u.last!.text, 'Status')).toEqual(['1️⃣ operating (2026)', '2️⃣ operating (2025)']);
  });

  it('says which names are not zones, and offers the picker', async () => {
    const u = newUser('ru');
    await u.say('/compare Valtherm, Талгарский район');
    expect(u.last!.text).toContain('а не компании и районы (Valtherm; Талгарский район)');
    expect(labels(u)).toContain('⭐ СЭЗ «Парк инновационных технологий „Алатау“»');
    await u.say('/compare абырвалг');
    expect(u.last!.text).toContain('Среди этих названий я не нашёл ни одной площадки.');
  });

  it('is in the main menu and the command menu', async () => {
    const u = newUser('kk');
    await u.say('/start');
    await u.press('Алаңдарды салыстыру');
    expect(u.last!.text).toContain('Алаңдарды төмендегі батырмалармен таңдаңыз');
    expect(local.emulator.commands.get('default:kk')?.find((c) => c.command === 'compare')?.description).toBe(
      'Екі-үш алаңды салыстыру',
    );
  });
});

describe('a fourth zone', () => {
  it('offers to replace one of the three, or to keep them', async () => {
    const u = newUser('ru');
    await u.say('/compare ПИТ, Кайрат, Береке');
    await u.say('Кайрат-2');
    await u.press('Сравнить');
    expect(u.last!.text).toBe(
      'Добавить: Индустриальная зона «Кайрат-2». В сравнении уже: СЭЗ «Парк инновационных технологий „Алатау“»; Индустриальная зона «Кайрат»; Индустриальная зона «Береке» — какую из них заменить?',
    );
    expect(labels(u)).toEqual([
      '🔁 Заменить: СЭЗ «Парк инновационных технологий „Алатау“»',
      '🔁 Заменить: Индустриальная зона «Кайрат»',
      '🔁 Заменить: Индустриальная зона «Береке»',
      'Отмена, оставить как есть',
    ]);
    await u.press('Отмена');
    expect(u.last!.text).toContain(
      'В сравнении: СЭЗ «Парк инновационных технологий „Алатау“»; Индустриальная зона «Кайрат»;',
    );
    await u.say('Кайрат-2');
    await u.press('Сравнить');
    await u.press('Заменить: Индустриальная зона «Кайрат»');
    const text = u.last!.text;
    expect(text).toContain('2️⃣ <b>Индустриальная зона «Кайрат-2»</b>');
    expect(text).not.toContain('«Кайрат»</b>');
    expect(text).toContain('3️⃣ <b>Индустриальная зона «Береке»</b>');
  });

  it('picked on the comparison screen offers the same', async () => {
    const u = newUser('en');
    await u.say('/compare PIT, Kairat, Bereke');
    await u.say('/compare');
    await u.press('›');
    await u.press('Kazybek Bek industrial zone');
    expect(u.last!.text).toMatch(/^To add: Kazybek Bek industrial zone\. The comparison already has/);
    await u.press('Replace Bereke industrial zone');
    expect(u.last!.text).toContain('3️⃣ <b>Kazybek Bek industrial zone</b>');
  });
});

describe('a comparison asked in a message', () => {
  it.each([
    ['ru', 'сравни ПИТ и Индустриальную зону Алматы', 'Индустриальная зона г. Алматы'],
    ['ru', 'ПИТ Алатау vs Кайрат', 'Индустриальная зона «Кайрат»'],
    ['en', 'compare PIT Alatau and Alatau SEZ', 'Alatau Special Economic Zone'],
    ['kk', 'ПИТ пен Қайратты салыстыр', '«Қайрат»'],
    ['kk', 'PIT va Kairat salystyr', '«Қайрат»'],
  ])('%s: %s', async (lang, text, second) => {
    const u = newUser(lang);
    await u.say(text);
    expect(u.last!.text).toMatch(/^⚖️ <b>/);
    expect(u.last!.text).toMatch(new RegExp(`2️⃣ <b>[^\\n]*${second}`));
  });

  it('with one zone adds it and asks for another', async () => {
    const u = newUser('ru');
    await u.say('сравни ПИТ');
    expect(u.last!.text).toMatch(/^Добавлено в сравнение: СЭЗ «Парк инновационных технологий „Алатау“»/);
    expect(u.last!.text).toContain('Выбрано: СЭЗ «Парк инновационных технологий „Алатау“».');
  });

  it('with no zone named shows the zones to pick from', async () => {
    const u = newUser('kk');
    await u.say('алаңдарды салыстыру');
    expect(u.last!.text).toMatch(/^⚖️ <b>Алаңдарды салыстыру<\/b>\n\nАлаңдарды төмендегі батырмалармен таңдаңыз/);
    expect(labels(u)).toContain('⭐ «„Алатау“ инновациялық технологиялар паркі» АЭА');
  });
});
