// A dataset grown by thousands of made-up companies, shaped like the real ones (names in two
// scripts, aliases, keywords, an investment and a jobs figure each), for measuring imports at scale.
import type { Dataset } from '../dataset/load.ts';
import { SECTORS, type CompanyRecord } from '../dataset/schema.ts';
import { pick, random, word } from './synthetic.ts';

const KEYWORDS = ['цемент', 'мебель', 'пластик', 'стекло', 'молоко', 'хлеб', 'текстиль', 'кабель', 'краска'];

/**
 * `base` with `extra` companies more, in its zones and districts, each with an investment
 * and `aliasesEach` aliases.
 */
export function grownDataset(base: Dataset, extra: number, aliasesEach = 0, seed = 17): Dataset {
  const rnd = random(seed);
  const places = [...base.zones.map((z) => z.slug), ...base.districts.map((d) => d.slug)];
  const source = base.sources[base.sources.length - 1]!.id;
  const companies: CompanyRecord[] = [];
  const facts: Dataset['facts'] = [];
  for (let i = 0; i < extra; i++) {
    const slug = `bench-company-${i}`;
    const cyrillic = `${word(rnd, false)} ${word(rnd, false)}`;
    const latin = `${word(rnd, true)} ${word(rnd, true)}`;
    const keyword = pick(rnd, KEYWORDS);
    companies.push({
      slug,
      source,
      name: { ru: cyrillic, kk: cyrillic, en: latin },
      aliases: aliasesEach > 0 ? { ru: Array.from({ length: aliasesEach }, (_, k) => `${cyrillic} ${k + 1}`) } : {},
      keywords: { ru: [keyword] },
      in: pick(rnd, places),
      sector: pick(rnd, SECTORS),
    });
    facts.push({
      entity: slug,
      metric: 'investment',
      value: 1e6 * Math.ceil(rnd() * 5000),
      unit: 'money',
      currency: 'KZT',
      qualifier: 'exact',
      source,
    });
  }
  return { ...base, companies: [...base.companies, ...companies], facts: [...base.facts, ...facts] };
}
