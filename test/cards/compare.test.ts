// The comparison: rows of like-for-like measures only (the same metric and scope), each zone's newest
// value with its year, "—" where a zone has no such figure; the picker of zones and the choice of
// which zone a fourth one replaces; their buttons' data.
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type Action } from '../../src/cards/actions.ts';
import { comparisonRows, pickable, renderComparison, renderPicker, renderReplace } from '../../src/cards/compare.ts';
import type { Translate } from '../../src/cards/format.ts';
import type { CardFact, EntityCard, EntityRef } from '../../src/cards/types.ts';
import { createI18n } from '../../src/bot/i18n.ts';
import type { Lang } from '../../src/dataset/schema.ts';

const i18n = createI18n();
const tr =
  (lang: Lang): Translate =>
  (key, vars) =>
    i18n.t(lang, key, vars);
const en = tr('en');

const source = {
  id: 's',
  title: 'T',
  publisher: { ru: 'Kazinform', kk: 'Kazinform', en: 'Kazinform' },
  date: '2025-11-27',
  datePrecision: 'day' as const,
};
const fact = (
  metric: string,
  value: number | string,
  asOf: string,
  extra: Partial<Pick<CardFact, 'scope' | 'unit' | 'currency' | 'qualifier'>> & { note?: string } = {},
): CardFact => ({
  metric,
  scope: extra.scope ?? '',
  value,
  unit: extra.unit ?? 'count',
  currency: extra.currency ?? null,
  qualifier: extra.qualifier ?? 'exact',
  asOf,
  note: extra.note ? { ru: extra.note, kk: extra.note, en: extra.note } : null,
  source,
});
const money = (value: number, asOf: string, scope: string, note: string) =>
  fact('investment', value, asOf, { scope, unit: 'money', currency: 'KZT', note });
const zone = (slug: string, subkind: string, name: string, facts: CardFact[]): EntityCard => ({
  slug,
  kind: 'zone',
  subkind,
  name: { ru: name, kk: name, en: name },
  places: [],
  country: null,
  facts,
  zones: [],
  companies: [],
  districts: [],
});

// As in the data: the SEZ's own area and all residents' investment; the industrial zone's land bought
// for stage 2 and the cost of its 2025 projects; both have a 2025 plan.
const sez = zone('pit', 'sez', 'PIT', [
  fact('status', 'operating', '2026-01-16', { unit: 'text' }),
  fact('area', 163, '2018-04-21', { unit: 'ha', qualifier: 'over' }),
  fact('free_land', 50, '2018-04-21', { unit: 'ha', qualifier: 'over' }),
  fact('free_land', 7.7, '2026-01-16', { unit: 'ha' }),
  money(399e9, '2026-01-16', 'since-start', 'investment of all residents since the start'),
  money(18.5e9, '2025-06-01', 'plan-2025', 'cost of the projects planned for 2025'),
  fact('term_end', '2027-12-31', '2026-01-16', { unit: 'date' }),
]);
const iz = zone('iz', 'industrial_zone', 'IZ', [
  fact('status', 'operating', '2021-06-01', { unit: 'text' }),
  fact('area', 143.9, '2023-07-01', { unit: 'ha', scope: 'stage-2-bought', note: 'bought for stage 2' }),
  fact('area', 185, '2023-07-01', { unit: 'ha', scope: 'rcc-allotted', note: 'given to investors' }),
  money(135.4e9, '2025-06-01', 'plan-2025', 'cost of the new projects of 2025'),
  fact('rent', 1200, '2021-06-28', { unit: 'money', currency: 'KZT', note: 'per m², period not given' }),
  money(211.7e9, '2021-06-01', 'portfolio', 'cost of the projects of 54 participants'),
]);

describe('comparison rows', () => {
  it('match a measure only with the same measure of the same scope', () => {
    const rows = comparisonRows([sez, iz]).map((r) => ({
      key: `${r.metric}|${r.scope}`,
      values: r.facts.map((f) => f?.value),
    }));
    expect(rows).toEqual([
      { key: 'status|', values: ['operating', 'operating'] },
      // The zone's own area is not set beside land bought or given out: those are parts.
      { key: 'area|', values: [163, undefined] },
      // The newest free land.
      { key: 'free_land|', values: [7.7, undefined] },
      { key: 'rent|', values: [undefined, 1200] },
      // A plan beside the same plan; the residents' total and the portfolio only one side has are left out.
      { key: 'investment|plan-2025', values: [18.5e9, 135.4e9] },
      { key: 'term_end|', values: ['2027-12-31', undefined] },
    ]);
  });

  it('show each value with its year, "—" where a zone has none, and what a scoped figure counts', () => {
    const { text } = renderComparison([sez, iz], 'en', en);
    expect(text).toContain('<b>Area</b>\n1️⃣ over 163 ha (2018)\n2️⃣ —');
    expect(text).toContain('<b>Free land</b>\n1️⃣ 7.7 ha (2026)\n2️⃣ —');
    expect(text).toContain(
      '<b>Investment · 2025</b>\n1️⃣ 18.5 bn ₸ (2025) — cost of the projects planned for 2025\n2️⃣ 135.4 bn ₸ (2025) — cost of the new projects of 2025',
    );
    expect(text).toContain('<b>Term ends</b>\n1️⃣ 31.12.2027\n2️⃣ —');
    // A sum says what it is for, though the zone's own.
    expect(text).toContain('<b>Rent</b>\n1️⃣ —\n2️⃣ 1,200 ₸ (2021) — per m², period not given');
    expect(text).not.toContain('143.9');
    expect(text).not.toContain('399');
    expect(text).toContain('<b>Benefits</b>\n1️⃣ SEZ benefits');
  });

  it('reads in each language', () => {
    expect(renderComparison([sez, iz], 'ru', tr('ru')).text).toContain('<b>Площадь</b>\n1️⃣ более 163 га (2018)\n2️⃣ —');
    expect(renderComparison([sez, iz], 'kk', tr('kk')).text).toContain('1️⃣ 7,7 га (2026)');
  });

  it('keeps a message within Telegram’s limit, whole rows only, and says the rest is on the cards', () => {
    const many = (slug: string) =>
      zone(
        slug,
        'industrial_zone',
        slug,
        Array.from({ length: 60 }, (_, i) =>
          money(i * 1e9, '2025-01-01', `plan-${i}`, 'a long description of what this figure counts '.repeat(2)),
        ),
      );
    const { text } = renderComparison([many('a'), many('b'), many('c')], 'en', en);
    expect(text.length).toBeLessThan(4096);
    expect(text).toContain('Not everything fits');
    expect(text).toContain('<b>Benefits</b>');
  });

  it('offers to add a third zone, and not a fourth', () => {
    const labels = (cards: EntityCard[]) =>
      renderComparison(cards, 'en', en)
        .buttons.flat()
        .map((b) => b.text);
    expect(labels([sez, iz])).toContain('➕ Pick a site');
    expect(labels([sez, iz, zone('k', 'industrial_zone', 'K', [])])).not.toContain('➕ Pick a site');
  });
});

describe('picking zones', () => {
  const refs: EntityRef[] = [
    { slug: 'b', kind: 'zone', subkind: 'industrial_zone', name: { ru: 'Б', kk: 'Б', en: 'B zone' } },
    { slug: 'd', kind: 'district', subkind: 'district', name: { ru: 'Д', kk: 'Д', en: 'D district' } },
    { slug: 'a', kind: 'zone', subkind: 'sez', name: { ru: 'А', kk: 'А', en: 'A SEZ' } },
    ...Array.from({ length: 11 }, (_, i) => ({
      slug: `p${i}`,
      kind: 'zone' as const,
      subkind: 'small_industrial_park',
      name: { ru: `П${i}`, kk: `П${i}`, en: `Park ${String(i).padStart(2, '0')}` },
    })),
  ];

  it('lists zones only, SEZs first, a page at a time, with a tick on those picked', () => {
    const zones = pickable(refs, 'en');
    expect(zones.map((z) => z.slug).slice(0, 3)).toEqual(['a', 'b', 'p0']);
    expect(zones).toHaveLength(13);
    const first = renderPicker(zones, [zones[1]!], 0, 'en', en)!;
    const labels = first.buttons.flat().map((b) => b.text);
    expect(labels.slice(0, 2)).toEqual(['⭐ A SEZ', '✅ B zone']);
    expect(labels).toContain('›');
    expect(labels).not.toContain('⚖️ Compare (1)');
    expect(first.text).toContain('Picked: B zone.');
    const second = renderPicker(zones, zones.slice(0, 2), 1, 'en', en)!;
    expect(second.buttons.flat().map((b) => b.text)).toEqual(expect.arrayContaining(['‹', '⚖️ Compare (2)']));
    expect(renderPicker(zones, [], 2, 'en', en)).toBeUndefined();
  });

  it('offers to replace each of three with a fourth, or to keep them', () => {
    const zones = pickable(refs, 'en');
    const offer = renderReplace(zones.slice(0, 3), zones[5]!, 'en', en);
    expect(offer.text).toBe(
      'To add: Park 03. The comparison already has A SEZ; B zone; Park 00 — which one should it replace?',
    );
    expect(offer.buttons.flat().map((b) => b.text)).toEqual([
      '🔁 Replace A SEZ',
      '🔁 Replace B zone',
      '🔁 Replace Park 00',
      'Cancel, keep these',
    ]);
    expect(offer.buttons[1]![0]!.action).toEqual({ type: 'compareReplace', slug: 'p3', out: 'b' });
  });
});

describe('comparison button data', () => {
  it('comes back as it went out, within 64 bytes, and forged data is refused', () => {
    const actions: Action[] = [
      { type: 'compare', slug: 'kairat-2' },
      { type: 'compareShow' },
      { type: 'compareClear' },
      { type: 'compareCancel' },
      { type: 'comparePicker', page: 2 },
      { type: 'comparePick', slug: 'pit-alatau', page: 1 },
      { type: 'compareReplace', slug: 'almaty-region-industrial-zones', out: 'one-window-investment-platform' },
      { type: 'menu', item: 'compare' },
    ];
    for (const a of actions) {
      const data = encodeAction(a);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeAction(data)).toEqual(a);
    }
    for (const data of [
      'kl:x',
      'kl:1:2',
      'kp:pit-alatau',
      'kp:Pit:1',
      'kr:pit-alatau',
      'kr:pit-alatau:Kairat',
      'k:a:b',
    ])
      expect(decodeAction(data), data).toBeUndefined();
  });
});
