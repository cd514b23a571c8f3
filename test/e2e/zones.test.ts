// The zones the sources name beside PIT and the city's industrial zone, through the real bot and
// the emulator: which card a name opens, where the zone is, and its figures with their sources.
import { describe, expect, it } from 'vitest';
import { ChatUser } from '../../src/local/harness.ts';
import { botOnFixedClock } from '../helpers.ts';

const bot = botOnFixedClock('2026-12-04T09:00:00Z');
let nextId = 5000;

const newUser = (language_code: string) => new ChatUser(bot(), { id: nextId++, first_name: 'Dana', language_code });

// Russian numbers group their digits with a no-break space: 96\u00a0500.

/**
 * The card `query` leads to: the card itself when it is the one clear hit, else the first offer.
 * «СЭЗ Алатау» is also a fair description of PIT, whose full name has both words, so the search
 * may offer both, the Alatau SEZ first.
 */
async function cardFor(u: ChatUser, query: string, title: string): Promise<string> {
  await u.say(query);
  if (!u.last!.text.includes(`<b>${title}</b>`)) {
    expect(u.last!.buttons.flat()[0]!.text, query).toContain(title);
    await u.press(1);
  }
  return u.last!.text;
}

/** The card on screen and every page of its other figures, as one text. */
async function wholeCard(u: ChatUser): Promise<string> {
  const parts = [u.last!.text];
  const more = u.last!.buttons.flat().find((b) => b.text.startsWith('📊'));
  if (!more) return parts[0]!;
  await u.press(more.text);
  parts.push(u.last!.text);
  while (u.last!.buttons.flat().some((b) => b.text === '›')) {
    await u.press('›');
    parts.push(u.last!.text);
  }
  return parts.join('\n');
}

describe('the Alatau SEZ and PIT', () => {
  it('«СЭЗ Алатау» and "Alatau SEZ" lead to the Alatau SEZ (ex-G4 City), not to PIT and its figures', async () => {
    const ru = await cardFor(newUser('ru'), 'СЭЗ Алатау', 'Специальная экономическая зона «Алатау»');
    expect(ru).toContain('Специальная экономическая зона · Алматинская область');
    expect(ru).toContain('Действует до: 2048');
    expect(ru).toContain('Площадь: 96\u00a0500 га (2024, после переименования и расширения в январе 2024 года) <i>');
    expect(ru).toContain('<i>(источник: astanatimes.com, 01.2024)</i>');
    expect(ru).not.toContain('94%');
    expect(ru).not.toContain('31.12.2027');
    expect(ru).not.toContain('Парк инновационных технологий');

    const en = await cardFor(newUser('en'), 'Alatau SEZ', 'Alatau Special Economic Zone');
    expect(en).toContain('Term ends: 2048');
    expect(en).toContain('96,500 ha');
    expect(en).not.toContain('94%');

    const kk = await cardFor(newUser('kk'), 'G4 City', '«Алатау» арнайы экономикалық аймағы');
    expect(kk).toContain('2048');
  });

  it('PIT is still what «ПИТ Алатау», «Парк инновационных технологий» and «ИТП» open', async () => {
    for (const [lang, query] of [
      ['ru', 'ПИТ Алатау'],
      ['ru', 'Парк инновационных технологий'],
      ['kk', 'ИТП'],
    ] as const) {
      const u = newUser(lang);
      await u.say(query);
      expect(u.last!.text, query).toMatch(/<b>(СЭЗ «Парк инновационных технологий „Алатау“»|«„Алатау“ инновациялық)/);
      expect(u.last!.text, query).toContain('94%');
    }
  });
});

describe('zones outside Almaty', () => {
  it('«Хоргос» opens Khorgos – Eastern Gate in Zhetysu region with its 2035 term and sources', async () => {
    const u = newUser('ru');
    await u.say('Хоргос');
    const card = u.last!.text;
    expect(card).toContain('<b>СЭЗ «Хоргос – Восточные ворота»</b>');
    expect(card).toContain('Специальная экономическая зона · область Жетысу\n');
    expect(card).toContain('Действует до: 2035 (срок по Указу № 187)');
    expect(card).toContain('Площадь: 5\u00a0431,5 га (территория по правилам 2025 года)');
    expect(card).toContain('<i>(источник: zan.kz (постановление Правительства № 495), 01.07.2025)</i>');
    expect(card).not.toContain('Алматинская область');
  });

  it('a figure of an undated source is shown as undated, in every language', async () => {
    const ru = newUser('ru');
    await ru.say('Технополис');
    expect(ru.last!.text).toContain('Действует до: 2042 <i>(источник: adilet.zan.kz (P1700000772), без даты)</i>');
    expect(ru.last!.text).toContain('Специальная экономическая зона · город Астана');
    const kk = newUser('kk');
    await kk.say('Технополис');
    expect(kk.last!.text).toContain('<i>(дереккөз: adilet.zan.kz (P1700000772), күні көрсетілмеген)</i>');
    const en = newUser('en');
    await en.say('Technopolis');
    expect(en.last!.text).toContain('<i>(source: adilet.zan.kz (P1700000772), undated)</i>');
  });
});

describe('industrial zones and parks of Almaty', () => {
  it('the Almaty industrial zone shows its 95% fill and stage 2 with their 2023 source', async () => {
    const u = newUser('ru');
    await u.say('Индустриальная зона Алматы');
    expect(u.last!.text).toContain('<b>Индустриальная зона г. Алматы</b>');
    expect(u.last!.text).toContain('Заполненность: 95% (2023) <i>(источник: expert-kz.com, 2023)</i>');
    const card = await wholeCard(u);
    expect(card).toContain('Площадь второй очереди: 194 га (2023) <i>(источник: expert-kz.com, 2023)</i>');
  });

  it('«Кайрат» opens the Kairat zone opened in 2024, and «Кайрат-2» still Kairat-2', async () => {
    const u = newUser('ru');
    await u.say('Кайрат');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Кайрат»</b>');
    expect(u.last!.text).toContain(
      'Стоимость 4 запущенных проектов: 47 млрд ₸ <i>(источник: Kazinform, 27.11.2025)</i>',
    );
    expect(await wholeCard(u)).toContain('Строящиеся проекты: 19');
    await u.say('Кайрат-2');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Кайрат-2»</b>');
    expect(u.last!.text).not.toContain('47 млрд');
  });

  it('the small parks card has the 2021 rent, its period not stated, and the ~2023 counts', async () => {
    const u = newUser('ru');
    await u.say('Малые промышленные парки Алматы');
    expect(u.last!.text).toContain(
      'Аренда: 1\u00a0200 ₸ (2021, за 1 м², период не указан) <i>(источник: Kazinform (китайская редакция, kazinform.asia), 28.06.2021)</i>',
    );
    const text = await wholeCard(u);
    expect(text).toContain('Открытые парки: 11 (2023) <i>(источник: lsm.kz, 2023)</i>');
    expect(text).toContain('Арендаторы открытых парков: 76');
  });
});
