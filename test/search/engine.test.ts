import { describe, expect, it } from 'vitest';
import { editDistance, search, typoBudget } from '../../src/search/engine.ts';
import { buildIndex, type SearchDoc } from '../../src/search/index.ts';

const doc = (
  slug: string,
  kind: SearchDoc['kind'],
  subkind: string,
  names: [string, string, string],
  parent?: string,
  aliases: string[] = [],
  keywords: string[] = [],
): SearchDoc => ({
  slug,
  kind,
  subkind,
  name: { ru: names[0], kk: names[1], en: names[2] },
  parent,
  aliases: [
    ...aliases.map((text) => ({ text, field: 'alias' as const })),
    ...keywords.map((text) => ({ text, field: 'keyword' as const })),
  ],
});

const index = buildIndex([
  doc('region', 'district', 'region', ['Алматинская область', 'Алматы облысы', 'Almaty Region']),
  doc('talgar', 'district', 'district', ['Талгарский район', 'Талғар ауданы', 'Talgar district'], 'region', ['Талгар']),
  doc('konaev-city', 'district', 'city', ['город Конаев', 'Қонаев қаласы', 'Konaev city'], 'region', [
    'Конаев',
    'Капшагай',
  ]),
  doc(
    'konaev-iz',
    'zone',
    'industrial_zone',
    ['Индустриальная зона «Конаев»', '«Қонаев» индустриалды аймағы', 'Konaev industrial zone'],
    'konaev-city',
  ),
  doc(
    'kairat-2',
    'zone',
    'industrial_zone',
    ['Индустриальная зона «Кайрат-2»', '«Қайрат-2» индустриалды аймағы', 'Kairat-2 industrial zone'],
    'talgar',
    ['Кайрат-2'],
  ),
  doc(
    'valtherm',
    'company',
    'manufacturing',
    ['Valtherm', 'Valtherm', 'Valtherm'],
    'kairat-2',
    ['Валтерм'],
    ['радиаторы'],
  ),
  doc(
    'rakhat',
    'company',
    'construction_materials',
    ['СК Рахат', 'СК Рахат', 'SK Rakhat'],
    'kairat-2',
    ['Рахат'],
    ['газобетон'],
  ),
  doc(
    'vysotnik',
    'company',
    'construction_materials',
    ['Г.С.Г. Высотник', 'Г.С.Г. Высотник', 'G.S.G. Vysotnik'],
    'kairat-2',
    ['Высотник'],
    ['газобетон'],
  ),
  doc('kaztigertape', 'company', 'manufacturing', ['KazTigerTape', 'KazTigerTape', 'KazTigerTape'], 'kairat-2'),
  doc(
    'ring',
    'zone',
    'industrial_zone',
    ['Индустриальные зоны вдоль БАКАД', 'БАКАД маңындағы аймақтар', 'Zones along BAKAD'],
    'region',
    ['Большая Алматинская кольцевая автодорога'],
  ),
]);
const top = (q: string) => search(index, q)[0]?.slug;
const slugs = (q: string) => search(index, q).map((r) => r.slug);

describe('search', () => {
  it('finds a name however it is typed', () => {
    expect(top('Valtherm')).toBe('valtherm');
    expect(top('валтерм')).toBe('valtherm');
    expect(top('Валтхерм')).toBe('valtherm');
    expect(top('Qairat-2')).toBe('kairat-2');
    expect(top('rfqhfn')).toBe('kairat-2');
    expect(top('в Кайрате-2')).toBe('kairat-2');
    expect(top('по Талгарскому району')).toBe('talgar');
    expect(top('Талғарда')).toBe('talgar');
  });

  it('forgives typos within a budget that grows with the word', () => {
    expect(typoBudget(3)).toBe(0);
    expect(typoBudget(5)).toBe(1);
    expect(typoBudget(9)).toBe(2);
    expect(top('Валтерн')).toBe('valtherm');
    expect(top('Kaz Tiger Tape')).toBe('kaztigertape');
    expect(top('Kaztigertap')).toBe('kaztigertape');
    expect(top('Рхт')).toBeUndefined();
  });

  it('counts an adjacent swap as one edit and gives up past the limit', () => {
    expect(editDistance('kmk', 'kkm', 1)).toBe(1);
    expect(editDistance('taskarasu', 'taskrasu', 2)).toBe(1);
    expect(editDistance('abcdef', 'zzzzzz', 2)).toBe(3);
  });

  it('puts exact and alias hits before partial ones', () => {
    const results = search(index, 'Konaev');
    expect(
      results
        .map((r) => r.slug)
        .slice(0, 2)
        .sort(),
    ).toEqual(['konaev-city', 'konaev-iz']);
    expect(results[0]!.score).toBeGreaterThan(0.8);
  });

  it('lets the kind word of the query decide between namesakes', () => {
    expect(top('Konaev city')).toBe('konaev-city');
    expect(top('Конаев индустриальная зона')).toBe('konaev-iz');
    expect(top('Қонаев қаласы')).toBe('konaev-city');
  });

  it('returns every close candidate of an ambiguous query', () => {
    expect(slugs('газобетон').sort()).toEqual(['rakhat', 'vysotnik']);
    expect(top('Рахат газобетон')).toBe('rakhat');
  });

  it('answers a place and a kind with the zones of that place', () => {
    expect(top('индустриальная зона в Талгарском районе')).toBe('kairat-2');
    expect(top('индустриальные зоны Конаева')).toBe('konaev-iz');
  });

  it('answers a kind alone with the entities of that kind', () => {
    expect(slugs('индустриальные зоны').sort()).toEqual(['kairat-2', 'konaev-iz', 'ring']);
  });

  it('reads ИЗ in capitals as an industrial zone and из in lower case as "from"', () => {
    expect(top('ИЗ Конаев')).toBe('konaev-iz');
    expect(top('из Конаева')).toBe('konaev-city');
  });

  it('accepts a rare name beside a word it does not know', () => {
    expect(top('газоблоки от Высотника')).toBe('vysotnik');
  });

  it('takes caps lock for caps lock, not for an abbreviation', () => {
    expect(top('ИЗ КОНАЕВ')).toBe('konaev-iz');
    expect(top('ЗАВОД ИЗ КОНАЕВА')).toBe('konaev-city');
  });

  it('reads decomposed accents as one word', () => {
    expect(top('Кайрат'.normalize('NFD'))).toBe('kairat-2');
    expect(top('Qaırat'.normalize('NFD'))).toBe('kairat-2');
  });

  it('does not take a stray letter for a request for every district or city', () => {
    expect(slugs('н')).toEqual([]);
    expect(slugs('г')).toEqual([]);
    expect(slugs('районы').length).toBeGreaterThan(0);
  });

  it('keeps the old name of a city', () => {
    expect(top('Капшагай')).toBe('konaev-city');
  });

  it('returns nothing for what the store does not hold', () => {
    for (const q of [
      'погода в Лондоне',
      'купить iPhone',
      'привет',
      'как дела',
      'help me',
      '?',
      '',
      '   ',
      'спасибо большое',
      '🙂',
    ]) {
      expect(search(index, q), q).toEqual([]);
    }
  });

  it('does not take one generic word of a long name as a match', () => {
    expect(slugs('большое')).toEqual([]);
    expect(top('большая алматинская кольцевая')).toBe('ring');
  });

  it('gives results in order with scores between 0 and 1', () => {
    const results = search(index, 'Кайрат');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('honours the limit', () => {
    expect(search(index, 'индустриальные зоны', { limit: 2 })).toHaveLength(2);
  });
});
