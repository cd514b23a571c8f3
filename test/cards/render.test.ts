import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type Action } from '../../src/cards/actions.ts';
import { formatDate, formatMoney, formatValue, qualify, type Translate } from '../../src/cards/format.ts';
import { contactsOf } from '../../src/cards/contacts.ts';
import {
  FIRST_FIGURES,
  renderCard,
  renderFacts,
  renderHistory,
  renderMembers,
  type CardView,
} from '../../src/cards/render.ts';
import { DatasetError, loadContacts } from '../../src/dataset/load.ts';
import type { EntityCard } from '../../src/cards/types.ts';
import { createI18n } from '../../src/bot/i18n.ts';
import type { Lang } from '../../src/dataset/schema.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { tempDir } from '../helpers.ts';

const i18n = createI18n();
const tr =
  (lang: Lang): Translate =>
  (key, vars) =>
    i18n.t(lang, key, vars);

describe('formatting', () => {
  it('writes money the way each language reads it', () => {
    expect(formatMoney(11_600_000_000, 'KZT', 'ru', tr('ru'))).toBe('11,6 млрд ₸');
    expect(formatMoney(11_600_000_000, 'KZT', 'en', tr('en'))).toBe('11.6 bn ₸');
    expect(formatMoney(1_300_000_000_000, 'KZT', 'kk', tr('kk'))).toBe('1,3 трлн ₸');
    // Not rounded into the next unit: the source stresses "under a trillion".
    expect(formatMoney(976_200_000_000, 'KZT', 'ru', tr('ru'))).toBe('976,2 млрд ₸');
    expect(formatMoney(999_960_000, 'USD', 'en', tr('en'))).toBe('$999.96 mn');
    expect(formatMoney(360_000_000, 'USD', 'ru', tr('ru'))).toBe('$360 млн');
    expect(formatMoney(512_000_000, 'KZT', 'en', tr('en'))).toBe('512 mn ₸');
    expect(formatMoney(443_400, 'KZT', 'ru', tr('ru'))).toBe('443\u00a0400 ₸');
  });

  it('writes dates as day.month.year, as exact as they are known', () => {
    expect(formatDate('2025-11-27')).toBe('27.11.2025');
    expect(formatDate('2021-09')).toBe('09.2021');
    expect(formatDate('2027')).toBe('2027');
  });

  it('writes units and qualifiers in words of the language', () => {
    expect(qualify(formatValue(10, 'ha', null, 'ru', tr('ru')), 'over', tr('ru'))).toBe('более 10 га');
    expect(qualify(formatValue(399e9, 'money', 'KZT', 'en', tr('en')), 'about', tr('en'))).toBe('about 399 bn ₸');
    expect(formatValue(94, 'percent', null, 'kk', tr('kk'))).toBe('94%');
    expect(formatValue(25_000, 't_per_year', null, 'ru', tr('ru'))).toBe('25\u00a0000 т/год');
    // Kazakh words a rate around its number, so that «астам» follows a word, not «т/жыл-дан».
    expect(qualify(formatValue(25_000, 't_per_year', null, 'kk', tr('kk')), 'over', tr('kk'))).toBe(
      'жылына 25\u00a0000 тоннадан астам',
    );
    expect(qualify(formatValue(21_000, 't_per_year', null, 'kk', tr('kk')), 'up_to', tr('kk'))).toBe(
      'жылына 21\u00a0000 тоннаға дейін',
    );
  });
});

describe('button data', () => {
  const actions: Action[] = [
    { type: 'card', slug: 'kairat-2' },
    { type: 'facts', slug: 'pit-alatau', page: 2 },
    { type: 'history', slug: 'pit-alatau' },
    { type: 'companies', slug: 'almaty-industrial-zone', page: 3 },
    { type: 'zones', slug: 'almaty-region', page: 1 },
    { type: 'sez', slug: 'pit-alatau' },
    { type: 'conditions', slug: 'kairat-2' },
    { type: 'list', kind: 'industrial_zone', page: 1 },
    { type: 'menu', item: 'zones' },
    { type: 'lang', lang: 'kk' },
  ];

  it('comes back as it went out, within 64 bytes', () => {
    for (const a of actions) {
      const data = encodeAction(a);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeAction(data)).toEqual(a);
    }
  });

  it('is refused when forged, stale or malformed', () => {
    for (const data of [
      '',
      'x',
      'c:',
      'c:Kairat 2',
      'c:kairat-2:1',
      'f:kairat-2',
      'f:kairat-2:-1',
      'f:kairat-2:1e3',
      'l:cinemas:0',
      'm:admin',
      'g:de',
      'p:a:1:2',
      `c:${'a'.repeat(70)}`,
      undefined,
    ]) {
      expect(decodeAction(data), String(data)).toBeUndefined();
    }
  });
});

const SEED = join(import.meta.dirname, '../../db/seed');
/** A fixed clock: December 2026, as the tests were written. */
const TODAY = { today: '2026-12-04' };

describe('cards from the store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  const card = (slug: string): EntityCard => store.repos.cards.card(slug)!;
  const contacts = loadContacts(SEED);
  const view = (c: EntityCard): CardView => ({ ...TODAY, contacts: contactsOf(c, contacts) });
  const render = (slug: string, lang: Lang) => renderCard(card(slug), lang, tr(lang), view(card(slug)));
  /** The figure lines of a card's first screen. */
  const figures = (text: string) => text.split('\n').filter((l) => l.startsWith('• '));
  beforeAll(() => {
    tmp = tempDir();
    store = openStore(join(tmp.dir, 'cards.db'));
  });
  afterAll(() => {
    store.close();
    tmp.cleanup();
  });

  it.each(['kk', 'ru', 'en'] as const)('render the same way every time in %s', (lang) => {
    for (const slug of ['valtherm', 'kairat-2', 'talgar-district', 'pepsico-central-asia', 'pit-alatau']) {
      const r = render(slug, lang);
      expect(r.text.length).toBeLessThanOrEqual(4096);
      expect(r).toMatchSnapshot(`${slug} ${lang}`);
    }
  });

  it('opens on a short screen of what an investor decides on, the same figures in every language', () => {
    for (const slug of [
      'pit-alatau',
      'almaty-industrial-zone',
      'almaty-small-parks',
      'alatau-city',
      'almaty-region',
      'kmk-investment',
    ]) {
      const counts = (['kk', 'ru', 'en'] as const).map((lang) => {
        const r = render(slug, lang);
        expect(r.text.split('\n').filter((l) => l.trim()).length, `${slug} ${lang}`).toBeLessThanOrEqual(14);
        const more = r.buttons.flat().find((b) => b.action?.type === 'facts');
        return [figures(r.text).length, more?.text.replace(/\D/g, '')];
      });
      expect(counts[0]![0]).toBeLessThanOrEqual(FIRST_FIGURES);
      expect(counts[1], slug).toEqual(counts[0]);
      expect(counts[2], slug).toEqual(counts[0]);
    }
    const pit = render('pit-alatau', 'ru').text;
    // Status, free land, occupancy, term, participants, investment, jobs: in that order.
    expect(figures(pit).map((l) => l.slice(2, l.indexOf(':')))).toEqual([
      'Статус',
      'Свободная земля',
      'Заполненность',
      'Действует до',
      'Участники',
      expect.stringContaining('Инвестиции'),
      expect.stringContaining('рабочие места'),
    ]);
    expect(pit).toContain('Режим СЭЗ:');
    expect(pit).not.toContain('Компании: 135');
  });

  it('shows the newest of participants and companies, the older under history, each with its year', () => {
    const pit = card('pit-alatau');
    expect(render('pit-alatau', 'ru').text).toContain('Участники: 203');
    const history = renderHistory(pit, 'ru', tr('ru'), TODAY).text;
    expect(history).toMatch(/Свободная земля: 7,7 га[^\n]*16\.01\.2026[\s\S]*более 50 га \(2018[^\n]*21\.04\.2018/);
    expect(history).toMatch(/Участники: 203[^\n]*\n\s+◦ Компании: 135 \(2018/);
  });

  it('dates a figure of another year than its source', () => {
    const history = renderHistory(card('almaty-region'), 'en', tr('en'), TODAY).text;
    expect(history).toMatch(/1 trn ₸ \(2024\)[^\n]*27\.11\.2025/);
    expect(history).toMatch(/614 bn ₸ \(2022\)[^\n]*27\.11\.2025/);
  });

  it('says a plan whose date has passed was a plan, and of which year its data are', () => {
    const ru = render('valtherm', 'ru').text;
    expect(ru).toContain('Запуск планировался на 09.2021 — данные 2021 года');
    expect(ru).toContain('Статус: строится (данные 2021 года)');
    expect(ru).not.toContain('планируется');
    // Before the date, the same fact is still a plan.
    const then = renderCard(card('valtherm'), 'en', tr('en'), { today: '2021-07-01', contacts: [] }).text;
    expect(then).toMatch(/launch[^\n]*\(planned\): 09\.2021/i);
    expect(then).not.toContain('was planned');
    expect(then).not.toContain('2021 data');
  });

  it('names whom to contact for the kind and place, never a management company for a region', () => {
    expect(render('pit-alatau', 'ru').text).toContain(
      'Куда обращаться и где уточнять: Администрация СЭЗ ПИТ «Алатау»; Управление предпринимательства и инвестиций г. Алматы; Kazakh Invest (invest.gov.kz).',
    );
    const region = render('almaty-region', 'en').text;
    expect(region).toContain('Almaty region akimat (Konaev); Kazakh Invest (invest.gov.kz)');
    expect(region).not.toMatch(/management company/);
    expect(render('kmk-investment', 'kk').text).toContain('Алматы қаласы Индустриялық аймағының басқарушы компаниясы');
    expect(render('alatau-city', 'en').text).toContain('Alatau City Authority (alatau.city)');
    // A SEZ without a named management company still sends the investor to it.
    expect(render('atyrau-sez', 'ru').text).toContain('обращаться и где уточнять: управляющая компания СЭЗ;');
  });

  it('counts the zones of a region in its districts too, and pages them', () => {
    const region = card('almaty-region');
    for (const slug of ['kairat', 'kairat-2', 'sunkar', 'taskarasu', 'shelek', 'konaev-iz', 'bereke'])
      expect(region.zones.map((z) => z.slug)).toContain(slug);
    expect(render('almaty-region', 'ru').text).toContain(`Здесь ${region.zones.length} зон`);
    const first = renderMembers(region, 'zones', 'ru', tr('ru'), 0)!;
    expect(first.buttons.slice(0, -1)).toHaveLength(8);
    expect(renderMembers(region, 'zones', 'ru', tr('ru'), 1)!.buttons.flat().length).toBeGreaterThan(1);
  });

  it('pages the rest of the figures, every one of them once', () => {
    for (const slug of ['pit-alatau', 'almaty-industrial-zone', 'alatau-city', 'almaty-region']) {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const c = card(slug);
        const r = render(slug, lang);
        expect(r.text.length, `${slug} ${lang}`).toBeLessThanOrEqual(4096);
        const shown = figures(r.text);
        for (let page = 1; ; page++) {
          const p = renderFacts(c, lang, tr(lang), page, TODAY);
          if (!p) break;
          expect(p.text.length).toBeLessThanOrEqual(4096);
          shown.push(...figures(p.text));
        }
        const groups = new Set(
          c.facts.map((f) => `${f.metric === 'companies' && c.kind === 'zone' ? 'participants' : f.metric}|${f.scope}`),
        );
        expect(shown, `${slug} ${lang}`).toHaveLength(groups.size);
      }
    }
  });

  it('pages the companies of a zone, largest investment first', () => {
    const zone = card('almaty-industrial-zone');
    const first = renderMembers(zone, 'companies', 'en', tr('en'), 0)!;
    expect(first.buttons.slice(0, -1)).toHaveLength(8);
    expect(first.buttons[0]![0]!.text).toBe('🏢 Valtherm'); // 11.6 bn; KMK's newest stage is 11.3 bn
    expect(renderMembers(zone, 'companies', 'en', tr('en'), 99)).toBeUndefined();
  });
});

describe('the contacts file', () => {
  it('names the file, record and field of a broken contact', () => {
    const tmp = tempDir();
    try {
      writeFileSync(
        join(tmp.dir, 'contacts.yaml'),
        '- slug: a\n  name: { ru: А, kk: А, en: A }\n  role: { ru: р, kk: р, en: r }\n  site: "http://x"\n  source: { ref: S1, name: n, date: "2020" }\n',
      );
      expect(() => loadContacts(tmp.dir)).toThrow(/contacts\.yaml: record #1 \(a\): field "site"/);
      writeFileSync(
        join(tmp.dir, 'contacts.yaml'),
        '- slug: a\n  name: { ru: А, kk: А, en: A }\n  role: { ru: р, kk: р, en: r }\n  serves: [nowhere]\n  source: { ref: S1, name: n, date: "2020" }\n',
      );
      expect(() => loadContacts(tmp.dir, new Set(['almaty-city']))).toThrow(DatasetError);
      expect(() => loadContacts(tmp.dir, new Set(['almaty-city']))).toThrow(
        /record #1 \(a\): field "serves.0": no zone or place/,
      );
    } finally {
      tmp.cleanup();
    }
  });
});
