// Question understanding on the real catalogue: the entity among the other words of a question,
// the measure asked and a year, in Kazakh, Russian and English however they are typed; small talk;
// and names alone, or kind words alone, left to the name search.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/store/catalogue.ts';
import { openStore } from '../../src/store/open.ts';
import { understand } from '../../src/understand/question.ts';
import { tempDir } from '../helpers.ts';

const tmp = tempDir();
const store = openStore(join(tmp.dir, 'understand.db'));
const knowledge = readCatalogue(store);
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('understand', () => {
  it.each([
    ['сколько участников в ПИТ Алатау', 'pit-alatau', 'participants', undefined],
    ['ПИТ Алатауда канша катысушы бар', 'pit-alatau', 'participants', undefined],
    ['qansha qatysushy bar PIT Alatau-da', 'pit-alatau', 'participants', undefined],
    ['2018 жылы ПИТ-те қанша жер бос болды', 'pit-alatau', 'free_land', 2018],
    ['сколко гектаров занимал парк инновационных технологий в 2018', 'pit-alatau', 'area', 2018],
    ['Valtherm жұмыс орны', 'valtherm', 'jobs', undefined],
    ['how much is KT&G investing?', 'ktg', 'investment', undefined],
    ['How many jobs did the PIT projects launched in 2025 create', 'pit-alatau', 'jobs', 2025],
    ['ыщдлщ рабочих мест в Valtherm', 'valtherm', 'jobs', undefined],
    // A zone whose participants no source counts: still a question of its figure (answered "no data").
    ['Atyrau AEA-da qanşa qatysuşy bar?', 'atyrau-sez', 'participants', undefined],
    ['скока народу работает в малых промпарках алматы', 'almaty-small-parks', 'employees', undefined],
  ])('%s → %s, %s', (question, slug, metric, year) => {
    const u = understand(knowledge, question);
    expect(u).toMatchObject({ kind: 'figure', slug, year });
    expect(u.kind === 'figure' && u.metrics).toContain(metric);
  });

  it.each([
    ['привет', 'hello'],
    ['Сәлеметсіз бе!', 'hello'],
    ['salem', 'hello'],
    ['рахмет', 'thanks'],
    ['thank you!', 'thanks'],
    ['кто ты?', 'who'],
    ['сен кімсің', 'who'],
    ['пока', 'bye'],
  ])('%s is small talk (%s)', (text, talk) => expect(understand(knowledge, text)).toEqual({ kind: 'smalltalk', talk }));

  it.each([
    'Шелек',
    'ПИТ Алатау',
    'Kusto Logistics',
    // A measure word that is part of the name.
    'KMK Investment',
    'Talgar district',
    'сколько стоит квартира',
  ])('%s is left to the search', (text) => expect(understand(knowledge, text)).toEqual({ kind: 'search' }));

  it.each([
    // A measure, but no zone in particular: a place the store does not hold.
    'сколько участников в СЭЗ Онтустик в Шымкенте',
    'Qyzylorda AEA-da qanşa qatysuşy bar?',
    // Only a place, words the store does not know, and a number that is no name.
    'how much is a 2 room apartment in almaty?',
    // Words the store knows nothing of, beside a place.
    'Какая погода завтра в Алматы?',
    'дай рецепт бешбармака?',
  ])('%s is out of scope', (text) => expect(understand(knowledge, text)).toEqual({ kind: 'outside' }));

  it('answers the figures of the set a question quotes by its number, each measure it asks', () => {
    const u = understand(
      knowledge,
      'What were the 9 projects planned for end-2021 in the Almaty IZ worth, and how many jobs?',
    );
    expect(u).toMatchObject({ kind: 'figure', slug: 'almaty-industrial-zone', year: 2021 });
    expect(u.kind === 'figure' && [...u.facts].sort()).toEqual([
      'investment|plan-2021',
      'jobs|plan-2021',
      'projects|plan-2021',
    ]);
    const ru = understand(knowledge, '14 реализованных проектов в ИЗ Алматы, скока рабочих мест создали');
    expect(ru.kind === 'figure' && ru.facts).toContain('jobs|implemented');
  });

  it('takes a common word after a kind word for no unknown name («аймағында жердің бағасы»)', () => {
    expect(understand(knowledge, 'Кайрат-2 аймагында жердин багасы канша?')).toMatchObject({
      kind: 'figure',
      slug: 'kairat-2',
      noData: true,
    });
  });

  it('reads a genitive place as the owner of the figure asked', () => {
    expect(understand(knowledge, 'Алматы облысының инвестициялары')).toMatchObject({
      kind: 'figure',
      slug: 'almaty-region',
    });
  });

  it('takes a measure the sources never give as a question for "no data", not for another figure', () => {
    expect(understand(knowledge, 'какая зарплата у рабочих Valtherm')).toEqual({
      kind: 'figure',
      slug: 'valtherm',
      metrics: [],
      noData: true,
      year: undefined,
      facts: [],
    });
    expect(understand(knowledge, 'Valtherm жумысшыларынын айлыгы мен жалакысы')).toMatchObject({ metrics: [] });
  });

  it('does not answer for an unknown company about the place it is in, but keeps known places beside a name', () => {
    expect(understand(knowledge, 'сколько инвестирует Samsung в Алматинскую область')).toEqual({ kind: 'outside' });
    expect(understand(knowledge, 'how many jobs will Siemens create in Almaty region')).toEqual({ kind: 'outside' });
    expect(understand(knowledge, 'сколько участников в ПИТ Алатау в Алматы')).toMatchObject({ slug: 'pit-alatau' });
  });

  it.each([
    [
      'хочу построить завод газоблоков в Талгарском районе, инвестиции 5 млрд тенге',
      {
        guide: 'invest',
        sector: 'construction_materials',
        investment: { amount: 5_000_000_000, currency: 'KZT' },
        where: { kind: 'district', slug: 'talgar-district' },
      },
    ],
    [
      'маған Алматыда 150 шаршы метр цех керек',
      { guide: 'parks', land: { kind: 'area', hectares: 0.015 }, where: { kind: 'city' } },
    ],
    [
      'we need 10 ha for a logistics hub in the region',
      { guide: 'invest', sector: 'logistics', land: { kind: 'area', hectares: 10 }, where: { kind: 'region' } },
    ],
  ])('takes "%s" as a need for a guide', (text, need) =>
    expect(understand(knowledge, text)).toMatchObject({ kind: 'need', need }),
  );

  it.each([
    ['Уйгур ауданында кандай индустриалды аймактар бар?', 'zone', ['uygur-district'], ['sunkar', 'taskarasu']],
    [
      'what industrial zones are planned in Alatau city and in Konaev?',
      'zone',
      ['alatau-city', 'konaev-city'],
      ['bereke', 'konaev-iz'],
    ],
    [
      'Алматыда ірі кәсіпорындар қай аудандарда шоғырланған?',
      'district',
      ['almaty-city'],
      ['zhetysu-district', 'turksib-district'],
    ],
    ['кто в промзоне Алматы делает газобетон?', 'company', undefined, ['gsg-vysotnik', 'sk-rakhat']],
    [
      'almaty oblysynda tamak onerkasibinde eksportka bagyttalgan kandai kompaniyalar bar',
      'company',
      ['almaty-region'],
      ['galanz-bottlers', 'qazaq-global-food'],
    ],
  ])('takes "%s" as a list of %s', (text, of, places, members) => {
    const u = understand(knowledge, text);
    expect(u).toMatchObject({ kind: 'list', of, ...(places ? { places } : {}) });
    expect(u.kind === 'list' && u.members.map((m) => m.slug)).toEqual(expect.arrayContaining(members));
  });

  it('lists only what is at the stage asked, and nothing for a question about something else', () => {
    const launched = understand(knowledge, 'Какие проекты уже запущены в индустриальной зоне Алматы?');
    const slugs = launched.kind === 'list' ? launched.members.map((m) => m.slug) : [];
    expect(slugs).toContain('kmk-investment');
    expect(slugs).not.toContain('valtherm');
    for (const text of [
      'Какие налоговые льготы у участников СЭЗ?',
      'which law governs special economic zones in Kazakhstan?',
      'СЭЗ Онтустик в Шымкенте: сколько там участников и какие проекты?',
    ])
      expect(understand(knowledge, text).kind).not.toBe('list');
  });

  it('finds a figure by the words of its description when no measure is named', () =>
    expect(understand(knowledge, 'Алматы облысында канша индустриалды аймак курылып жатыр?')).toMatchObject({
      kind: 'figure',
      slug: 'almaty-region',
      facts: ['zones|new-industrial-zones'],
    }));

  it('hears the question behind a greeting', () =>
    expect(understand(knowledge, 'привет, сколько участников в ПИТ')).toMatchObject({
      kind: 'figure',
      slug: 'pit-alatau',
    }));
});
