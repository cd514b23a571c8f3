// Two or three zones side by side: kind, place, area, free land, occupancy, participants,
// investment, jobs, term and benefits — the newest figure of each, with its date.
import type { Lang } from '../dataset/schema.ts';
import { formatValue, qualify, sourceDate, type Translate } from './format.ts';
import { factGroups } from './facts.ts';
import { escapeHtml, kindLabel, nameOf, type Rendered } from './render.ts';
import type { EntityCard } from './types.ts';

const ROWS = ['area', 'free_land', 'occupancy', 'participants', 'investment', 'jobs', 'term_end'] as const;

export function renderComparison(cards: EntityCard[], lang: Lang, t: Translate): Rendered {
  const blocks = cards.map((card) => {
    const lines = [
      `<b>${escapeHtml(nameOf(card, lang))}</b>`,
      escapeHtml(`${kindLabel(card, t)} · ${card.places.map((p) => nameOf(p, lang)).join(' · ')}`),
    ];
    const groups = factGroups(card.facts);
    for (const metric of ROWS) {
      // The figure without a scope is the zone's own; failing that, the newest of any scope.
      const group =
        groups.find((g) => g[0]!.metric === metric && g[0]!.scope === '') ??
        groups.find((g) => g[0]!.metric === metric);
      const f = group?.[0];
      const value = f
        ? `${qualify(formatValue(f.value, f.unit, f.currency, lang, t), f.qualifier, t)} (${sourceDate(f.source, t)})`
        : t('compare-no-data');
      lines.push(escapeHtml(`${t(`metric-${metric}`)}: ${value}`));
    }
    lines.push(
      escapeHtml(
        `${t('compare-benefits')}: ${t(card.subkind === 'sez' ? 'compare-benefits-sez' : card.subkind === 'industrial_zone' ? 'compare-benefits-iz' : 'compare-benefits-none')}`,
      ),
    );
    return lines.join('\n');
  });
  return {
    text: [`⚖️ <b>${escapeHtml(t('compare-title'))}</b>`, ...blocks, `<i>${escapeHtml(t('card-confirm'))}</i>`].join(
      '\n\n',
    ),
    buttons: [
      ...cards.map((c) => [
        { text: `${t('invest-open-card')}: ${nameOf(c, lang)}`, action: { type: 'card' as const, slug: c.slug } },
      ]),
      [{ text: t('compare-clear'), action: { type: 'compareClear' } }],
    ],
  };
}
