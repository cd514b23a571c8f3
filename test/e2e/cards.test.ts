// A card through the real bot and the emulator: a short first screen of what an investor decides
// on, the same figures in every language, the rest one tap away, and whom to contact.
import { describe, expect, it } from 'vitest';
import { ChatUser } from '../../src/local/harness.ts';
import { botOnFixedClock } from '../helpers.ts';

const bot = botOnFixedClock('2026-12-04T09:00:00Z');
let nextId = 7000;

const newUser = (language_code: string) => new ChatUser(bot(), { id: nextId++, first_name: 'Aru', language_code });
const labels = (u: ChatUser) => u.last!.buttons.flat().map((b) => b.text);
const figures = (text: string) => text.split('\n').filter((l) => l.startsWith('• '));

describe('a zone card', () => {
  it('opens PIT Alatau on a short screen, the same figures in kk, ru and en', async () => {
    const shown: Record<string, string[]> = {};
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const u = newUser(lang);
      await u.say('ПИТ Алатау');
      const text = u.last!.text;
      expect(text.split('\n').filter((l) => l.trim()).length, lang).toBeLessThanOrEqual(14);
      shown[lang] = [
        ...figures(text).map((l) => l.replace(/\D/g, '').slice(0, 8)),
        labels(u).join('|').replace(/\D/g, ''),
      ];
    }
    expect(shown.kk).toEqual(shown.ru);
    expect(shown.en).toEqual(shown.ru);
  });

  it('puts participants first, companies of 2018 under history, the rest of the figures a tap away', async () => {
    const u = newUser('ru');
    await u.say('ПИТ Алатау');
    const card = u.last!.text;
    expect(card).toContain('Участники: 203');
    expect(card).not.toContain('Компании: 135');
    expect(card).toContain('Режим СЭЗ:');
    expect(card).toContain(
      'Куда обращаться и где уточнять: Администрация СЭЗ ПИТ «Алатау»; Управление предпринимательства и инвестиций г. Алматы; Kazakh Invest (invest.gov.kz).',
    );
    expect(labels(u)).toEqual(
      expect.arrayContaining([
        '🔔 Следить',
        '📜 Условия СЭЗ',
        '🏢 Компании (1)',
        '⚖️ Сравнить',
        '📨 Подать заявку',
        '🕓 История',
        '📤 Поделиться',
      ]),
    );
    await u.press('Ещё показатели');
    expect(u.last!.text).toContain('стр. 2 из');
    expect(u.last!.text).toContain('работающие экстерриториально');
    await u.press('К карточке');
    await u.press('История');
    expect(u.last!.text).toMatch(/Участники: 203[^\n]*\n\s+◦ Компании: 135 \(2018/);
    await u.press('К карточке');
    await u.press('Условия СЭЗ');
    expect(u.last!.text).toContain('Условия СЭЗ');
  });
});

describe('an industrial zone card', () => {
  it('says what the zone gives in a line, and its conditions a tap away, with the way back', async () => {
    const u = newUser('ru');
    await u.say('Индустриальная зона Алматы');
    expect(u.last!.text).toContain('Индустриальная зона: участки с подведёнными коммуникациями');
    expect(u.last!.text).toContain('Управляющая компания Индустриальной зоны г. Алматы');
    await u.press('Условия');
    expect(u.last!.text).toContain('Индустриальная зона и её отличие от СЭЗ');
    await u.press('К карточке');
    expect(u.last!.text).toContain('<b>Индустриальная зона г. Алматы</b>');
  });
});

describe('a region card', () => {
  it('counts the zones in its districts and lists them a tap away, with the region’s own contacts', async () => {
    const u = newUser('en');
    await u.say('Алматинская область');
    const card = u.last!.text;
    expect(card).toContain(
      'Whom to contact and confirm with: Almaty region akimat (Konaev); Kazakh Invest (invest.gov.kz)',
    );
    expect(card).not.toContain('management company');
    const zones = labels(u).find((l) => l.startsWith('🏭 Zones'))!;
    const count = Number(zones.replace(/\D/g, ''));
    expect(count).toBeGreaterThanOrEqual(11);
    expect(card).toContain(`${count} zones here.`);
    await u.press(zones);
    expect(u.last!.text).toContain(`Zones: Almaty Region (${count})`);
    const listed = [...labels(u)];
    await u.press('›');
    listed.push(...labels(u));
    for (const name of ['Kairat-2', 'Sunkar', 'Taskarasu']) expect(listed.join('|')).toContain(name);
  });
});

describe('a company card', () => {
  it('says a plan whose date has passed was a plan of its year, and names the zone’s management company', async () => {
    const u = newUser('kk');
    await u.say('Valtherm');
    const card = u.last!.text;
    expect(card).toContain('Іске қосу 09.2021 мерзіміне жоспарланған болатын — 2021 жылғы дерек');
    expect(card).toContain('Алматы қаласы Индустриялық аймағының басқарушы компаниясы');
  });
});

describe('a figure answer', () => {
  it('names whom to confirm with, as the card does', async () => {
    const u = newUser('ru');
    await u.say('сколько участников в ПИТ Алатау');
    expect(u.last!.text).toContain('Участники: 203');
    expect(u.last!.text).toContain('Куда обращаться и где уточнять: Администрация СЭЗ ПИТ «Алатау»');
    const en = newUser('en');
    await en.say('Valtherm jobs');
    expect(en.last!.text).toContain('Kazakh Invest (invest.gov.kz)');
  });
});
