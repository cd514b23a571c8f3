import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type Action } from '../../src/cards/actions.ts';
import { formatDate, formatMoney, formatValue, qualify, type Translate } from '../../src/cards/format.ts';
import { renderCard, renderCompanies, renderHistory } from '../../src/cards/render.ts';
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
    { type: 'sez', slug: 'pit-alatau' },
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

describe('cards from the store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  const card = (slug: string): EntityCard => store.repos.cards.card(slug)!;
  beforeAll(() => {
    tmp = tempDir();
    store = openStore(join(tmp.dir, 'cards.db'));
  });
  afterAll(() => {
    store.close();
    tmp.cleanup();
  });

  it.each(['kk', 'ru', 'en'] as const)('render the same way every time in %s', (lang) => {
    for (const slug of ['valtherm', 'kairat-2', 'talgar-district', 'pepsico-central-asia']) {
      const r = renderCard(card(slug), lang, tr(lang));
      expect(r.text.length).toBeLessThanOrEqual(4096);
      expect(r).toMatchSnapshot(`${slug} ${lang}`);
    }
  });

  it('shows the newest figure on the card and the older ones in its history', () => {
    const pit = card('pit-alatau');
    const ru = renderCard(pit, 'ru', tr('ru')).text;
    expect(ru).toContain('Участники: 203');
    const history = renderHistory(pit, 'ru', tr('ru')).text;
    expect(history).toMatch(/Свободная земля: 7,7 га[^\n]*16\.01\.2026[\s\S]*более 50 га[^\n]*21\.04\.2018/);
  });

  it('cuts a long card into pages that fit a message', () => {
    for (const slug of ['pit-alatau', 'almaty-industrial-zone', 'alatau-city', 'almaty-region']) {
      for (const lang of ['kk', 'ru', 'en'] as const)
        expect(renderCard(card(slug), lang, tr(lang)).text.length, `${slug} ${lang}`).toBeLessThanOrEqual(4096);
    }
  });

  it('pages the companies of a zone, largest investment first', () => {
    const zone = card('almaty-industrial-zone');
    const first = renderCompanies(zone, 'en', tr('en'), 0)!;
    expect(first.buttons.slice(0, -1)).toHaveLength(8);
    expect(first.buttons[0]![0]!.text).toBe('🏢 Valtherm'); // 11.6 bn; KMK's newest stage is 11.3 bn
    expect(renderCompanies(zone, 'en', tr('en'), 99)).toBeUndefined();
  });
});
