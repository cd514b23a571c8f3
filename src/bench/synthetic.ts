// A synthetic store for measuring the search at scale: thousands of districts, zones and companies
// with made-up names in Cyrillic and Latin, and queries typed the way people type them.
import type { SearchDoc } from '../search/index.ts';
import { swapLayout } from '../search/layout.ts';

/** Small deterministic generator, so every run measures the same store. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CYR_ONSETS = ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ш', 'қ', 'ғ', 'х', 'ч', ''];
const CYR_VOWELS = ['а', 'е', 'и', 'о', 'у', 'ы', 'ә', 'ө', 'ү', 'ұ', 'і'];
const CYR_CODAS = ['', '', 'н', 'р', 'л', 'с', 'т', 'к', 'м', 'й', 'ң'];
const LAT_ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'tr', 'st', 'pl', 'gr', ''];
const LAT_VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io'];
const LAT_CODAS = ['', '', 'n', 'r', 'l', 's', 'x', 'ck', 'm', 'nt'];
const SECTORS = ['manufacturing', 'food', 'logistics', 'it', 'construction_materials', 'agriculture', 'retail'];
const KEYWORDS = [
  'цемент',
  'мебель',
  'пластик',
  'стекло',
  'молоко',
  'хлеб',
  'текстиль',
  'кабель',
  'краска',
  'бумага',
  'сталь',
  'обувь',
];

export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

export function word(rnd: () => number, latin: boolean): string {
  const syllables = 2 + Math.floor(rnd() * 2);
  let w = '';
  for (let i = 0; i < syllables; i++) {
    w += latin
      ? pick(rnd, LAT_ONSETS) + pick(rnd, LAT_VOWELS) + pick(rnd, LAT_CODAS)
      : pick(rnd, CYR_ONSETS) + pick(rnd, CYR_VOWELS) + pick(rnd, CYR_CODAS);
  }
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export interface SyntheticQuery {
  query: string;
  expected: string;
  kind: 'exact' | 'typo' | 'inflect' | 'partial' | 'layout';
}

export function syntheticDocs(count: number, seed = 7): SearchDoc[] {
  const rnd = random(seed);
  const docs: SearchDoc[] = [];
  const used = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const name = make();
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };
  const districts = Math.max(1, Math.round(count * 0.01));
  const zones = Math.round(count * 0.2);
  for (let i = 0; i < count; i++) {
    if (i < districts) {
      const base = unique(() => word(rnd, false));
      docs.push({
        slug: `d-${i}`,
        kind: 'district',
        subkind: 'district',
        name: { ru: `${base}ский район`, kk: `${base} ауданы`, en: `${base} district` },
        aliases: [{ text: base, field: 'alias' }],
      });
    } else if (i < districts + zones) {
      const base = unique(() => word(rnd, false));
      docs.push({
        slug: `z-${i}`,
        kind: 'zone',
        subkind: rnd() < 0.8 ? 'industrial_zone' : 'small_industrial_park',
        name: {
          ru: `Индустриальная зона «${base}»`,
          kk: `«${base}» индустриалды аймағы`,
          en: `${base} industrial zone`,
        },
        aliases: [{ text: base, field: 'alias' }],
        parent: `d-${Math.floor(rnd() * districts)}`,
      });
    } else {
      const latin = rnd() < 0.5;
      const name = unique(() => `${word(rnd, latin)} ${word(rnd, latin)}`);
      docs.push({
        slug: `c-${i}`,
        kind: 'company',
        subkind: pick(rnd, SECTORS),
        name: { ru: name, kk: name, en: name },
        aliases: rnd() < 0.3 ? [{ text: pick(rnd, KEYWORDS), field: 'keyword' }] : [],
        parent: `z-${districts + Math.floor(rnd() * zones)}`,
      });
    }
  }
  return docs;
}

const ENDINGS_RU = ['е', 'а', 'ом', 'у'];
const ENDINGS_KK = ['да', 'дағы', 'ға', 'ның'];

/** Queries of the kinds people type, each for a known doc. */
export function syntheticQueries(docs: SearchDoc[], count: number, seed = 11): SyntheticQuery[] {
  const rnd = random(seed);
  const out: SyntheticQuery[] = [];
  const kinds: SyntheticQuery['kind'][] = ['exact', 'typo', 'inflect', 'partial', 'layout'];
  while (out.length < count) {
    const doc = pick(rnd, docs);
    const name = doc.kind === 'company' ? doc.name.ru : (doc.aliases[0]?.text ?? doc.name.ru);
    const kind = kinds[out.length % kinds.length]!;
    const first = name.split(' ')[0]!;
    let query = name;
    if (kind === 'typo') {
      const w = [...name];
      const at = 1 + Math.floor(rnd() * (w.length - 2));
      if (w[at] === ' ') continue;
      w.splice(at, 1);
      query = w.join('');
    } else if (kind === 'inflect') {
      query = `${name}${pick(rnd, /[a-z]/i.test(name) ? [''] : rnd() < 0.5 ? ENDINGS_RU : ENDINGS_KK)}`;
    } else if (kind === 'partial') {
      query = first;
    } else if (kind === 'layout') {
      query = swapLayout(name) ?? name;
    }
    out.push({ query, expected: doc.slug, kind });
  }
  return out;
}

export const NEGATIVES = [
  'привет',
  'сәлем',
  'курс доллара',
  'как дела',
  'help me',
  '?',
  'погода в Лондоне',
  'купить iPhone',
  'рахмет',
  'thanks a lot',
];
