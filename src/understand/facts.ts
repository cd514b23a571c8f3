// Every figure of the store made findable by what it says and measures: the words of its note in
// three languages, its scope and text value, and the names of its metric and unit. Words are
// compared by the first letters of their skeletons, so scripts, endings and the language of the
// question do not matter, and words that many figures share weigh little.
import type { Localized } from '../dataset/schema.ts';
import { STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { metricStems, unitStems } from './measures.ts';

/** What a figure is read from. */
export interface FactInput {
  entity: string;
  metric: string;
  scope: string;
  unit: string;
  asOf: string;
  value: number | string;
  note: Localized | null;
}

export interface FactDoc {
  entity: string;
  metric: string;
  scope: string;
  unit: string;
  asOf: string;
  /** Its value, when it is a number: a question that quotes it («the 9 projects») means this figure. */
  amount: number | undefined;
  /** Keys of what the figure says: its note, scope and text value. */
  said: string[];
  /** Keys of the names of its metric. */
  metricKeys: string[];
  /** Keys of the names of its unit. */
  unitKeys: string[];
}

/** Plain data, so that it travels from the import worker with the rest of the catalogue. */
export interface FactIndex {
  docs: FactDoc[];
  /** How rare each key is among the figures: the weight of a word in common. */
  weight: Record<string, number>;
}

/** Letters of a word compared: enough to tell words apart, few enough to leave endings out. */
const KEY_LENGTH = 5;

export const keyOf = (token: string) => token.slice(0, KEY_LENGTH);

/** The keys of a text's words worth comparing: no stop words, no bare numbers. */
export function keysOf(text: string): string[] {
  return [
    ...new Set(
      tokens(text)
        .filter((t) => !STOP_WORDS.has(t) && !/^\d+$/.test(t))
        .map(keyOf),
    ),
  ];
}

export function factIndex(facts: readonly FactInput[]): FactIndex {
  const docs = facts.map((f) => ({
    entity: f.entity,
    metric: f.metric,
    scope: f.scope,
    unit: f.unit,
    asOf: f.asOf,
    amount: typeof f.value === 'number' ? f.value : undefined,
    said: keysOf(
      [f.note?.ru, f.note?.kk, f.note?.en, f.scope.replace(/[-_]/g, ' '), typeof f.value === 'string' ? f.value : '']
        .filter(Boolean)
        .join(' '),
    ),
    metricKeys: [...new Set(metricStems(f.metric).map(keyOf))],
    unitKeys: [...new Set(unitStems(f.unit).map(keyOf))],
  }));
  const count = new Map<string, number>();
  for (const d of docs)
    for (const k of new Set([...d.said, ...d.metricKeys, ...d.unitKeys])) count.set(k, (count.get(k) ?? 0) + 1);
  const weight: Record<string, number> = {};
  for (const [k, n] of count) weight[k] = Math.log(1 + docs.length / n);
  return { docs, weight };
}

export interface RankedFact {
  doc: FactDoc;
  /** The weight of the question's keys the figure says. */
  said: number;
  /** The weight of the question's keys that name its metric (or of the metric named) and unit. */
  named: number;
}

/** What a figure of a metric the question names gains, however the word was spelt. */
const METRIC_NAMED = 2;

/** The figures (of the entities `within` takes) that have any of `keys` or measure one of `metrics`, best first. */
export function rankFacts(
  index: FactIndex,
  keys: readonly string[],
  metrics: ReadonlySet<string>,
  within: (entity: string) => boolean,
): RankedFact[] {
  const out: RankedFact[] = [];
  for (const doc of index.docs) {
    if (!within(doc.entity)) continue;
    let said = 0;
    let metric = 0;
    let unit = 0;
    for (const k of keys) {
      const w = index.weight[k] ?? 0;
      if (doc.said.includes(k)) said += w;
      else if (doc.metricKeys.includes(k)) metric += w;
      // A unit word may name the metric too ("тонн"): it still tells this figure from one in kilometres.
      if (doc.unitKeys.includes(k)) unit += w;
    }
    const named = Math.max(metric, metrics.has(doc.metric) ? METRIC_NAMED : 0) + unit;
    if (said + named > 0) out.push({ doc, said, named });
  }
  return out.sort((a, b) => b.said + b.named - (a.said + a.named));
}
