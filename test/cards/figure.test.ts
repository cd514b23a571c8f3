// A figure answer: only the figures asked, in the order asked, the asked year first with the newer
// dated, each with its source; nothing when the card has none of them.
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../src/cards/format.ts';
import { renderFigure } from '../../src/cards/figure.ts';
import type { CardFact, EntityCard } from '../../src/cards/types.ts';
import { createI18n } from '../../src/bot/i18n.ts';

const i18n = createI18n();
const t: Translate = (key, vars) => i18n.t('en', key, vars);
const source = {
  id: 's',
  title: 'T',
  publisher: { ru: 'Kazinform', kk: 'Kazinform', en: 'Kazinform' },
  date: '2025-11-27',
  datePrecision: 'day' as const,
};
const fact = (metric: string, value: number, asOf: string, scope = '', note?: string): CardFact => ({
  metric,
  scope,
  value,
  unit: metric === 'jobs' ? 'jobs' : 'count',
  currency: null,
  qualifier: '',
  asOf,
  note: note ? { ru: note, kk: note, en: note } : null,
  source,
});
const card = (facts: CardFact[]): EntityCard => ({
  slug: 'z',
  kind: 'zone',
  subkind: 'industrial_zone',
  name: { ru: 'З', kk: 'З', en: 'Zone Z' },
  places: [],
  country: null,
  facts,
  zones: [],
  companies: [],
  districts: [],
});

describe('renderFigure', () => {
  const z = card([
    fact('jobs', 6200, '2021-06-01'),
    fact('jobs', 4000, '2025-06-01', 'new-2025', 'jobs at the 11 new projects of 2025'),
    fact('participants', 54, '2021-06-01'),
    fact('participants', 40, '2018-04-21'),
  ]);

  it('shows only the measure asked, with its source, and the card a tap away', () => {
    const r = renderFigure(z, ['participants|'], undefined, 'en', t)!;
    expect(r.text).toContain('• Participants: 54');
    expect(r.text).toContain('Kazinform, 27.11.2025');
    expect(r.text).not.toContain('Jobs');
    expect(r.buttons.flat().map((b) => b.action)).toContainEqual({ type: 'card', slug: 'z' });
  });

  it('gives the year asked first, and the newer figure dated', () => {
    const lines = renderFigure(z, ['participants|'], 2018, 'en', t)!.text.split('\n');
    expect(lines.find((l) => l.includes('Participants'))).toMatch(/^• 2018: Participants: 40/);
    expect(lines.find((l) => l.includes('54'))).toMatch(/^ {2}• 2021: Participants: 54/);
  });

  it('gives the figures in the order asked', () => {
    const text = renderFigure(z, ['jobs|new-2025', 'jobs|'], undefined, 'en', t)!.text;
    expect(text.indexOf('4,000')).toBeLessThan(text.indexOf('6,200'));
    const other = renderFigure(z, ['jobs|', 'jobs|new-2025'], undefined, 'en', t)!.text;
    expect(other.indexOf('6,200')).toBeLessThan(other.indexOf('4,000'));
    expect(other).not.toContain('Participants');
  });

  it('is nothing when the card has no such measure', () =>
    expect(renderFigure(z, ['export|'], undefined, 'en', t)).toBeUndefined());
});
