// One line that says what a user told a guide, for the application they file after it and for staff.
import { formatMoney, formatNumber, type Translate } from '../../cards/format.ts';
import type { Lang } from '../../dataset/schema.ts';
import type { Profile } from '../../guide/rank.ts';
import type { ParkAnswers } from './parks.ts';

export function answersLine(t: Translate, lang: Lang, guide: 'invest' | 'park', answers: unknown): string {
  if (answers === null || typeof answers !== 'object') return '';
  if (guide === 'park') {
    const p = answers as ParkAnswers;
    return t('apply-prefill-park', { what: p.what ?? '—', area: formatNumber(p.m2 ?? 0, lang), where: t(`invest-where-${p.where ?? 'any'}`) });
  }
  const p = answers as Profile;
  const land = p.land?.kind === 'area' ? `${formatNumber(p.land.hectares, lang, 4)} ${t('unit-ha')}` : t('invest-land-none');
  const money = p.investment ? formatMoney(p.investment.amount, p.investment.currency, lang, t) : '—';
  return t('apply-prefill', { sector: t(`guide-sector-${p.sector ?? 'other'}`), land, money });
}
