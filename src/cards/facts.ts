// A card's facts grouped by what they measure, in the order cards show them.
import { METRICS } from '../dataset/schema.ts';
import type { CardFact, EntityKind } from './types.ts';

/** The order of a card's figures: the status first, then as the data files list the metrics. */
const METRIC_ORDER: readonly string[] = ['status', ...METRICS.filter((m) => m !== 'status')];

/**
 * The measure a metric counts on a card of `kind`: a zone's participants and its companies are the
 * same firms, told by sources of different years.
 */
export function measureOf(metric: string, kind?: EntityKind): string {
  return kind === 'zone' && metric === 'companies' ? 'participants' : metric;
}

/** Facts grouped by what they measure (on a card of `kind`), newest first in each group. */
export function factGroups(facts: CardFact[], kind?: EntityKind): CardFact[][] {
  const groups = new Map<string, CardFact[]>();
  for (const f of facts) {
    const key = `${measureOf(f.metric, kind)}|${f.scope}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rank = (f: CardFact) => {
    const i = METRIC_ORDER.indexOf(measureOf(f.metric, kind));
    return (i < 0 ? METRIC_ORDER.length : i) * 2 + (f.scope ? 1 : 0);
  };
  return [...groups.values()]
    .map((g) => [...g].sort((a, b) => b.asOf.localeCompare(a.asOf) || b.source.date.localeCompare(a.source.date)))
    .sort((a, b) => rank(a[0]!) - rank(b[0]!) || b[0]!.asOf.localeCompare(a[0]!.asOf));
}

/** The newest figure of a metric about the entity itself (no scope). */
export function currentFact(facts: CardFact[], metric: string): CardFact | undefined {
  return factGroups(facts).find((g) => g[0]!.metric === metric && g[0]!.scope === '')?.[0];
}
