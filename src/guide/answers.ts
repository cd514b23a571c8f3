// What a user told a guide, as one line: for the application they file after it, and for staff.
import { formatMoney, formatNumber, type Translate } from '../cards/format.ts';
import type { Lang } from '../dataset/schema.ts';
import type { Profile } from './rank.ts';

/** The answers of the SME guide (/parks). */
export interface ParkAnswers {
  what?: string;
  m2?: number;
  where?: 'city' | 'region' | 'any';
}

export function answersLine(t: Translate, lang: Lang, guide: 'invest' | 'park', answers: unknown): string {
  if (answers === null || typeof answers !== 'object') return '';
  if (guide === 'park') {
    const p = answers as ParkAnswers;
    const area = formatNumber(p.m2 ?? 0, lang);
    return t('apply-prefill-park', { what: p.what ?? '—', area, where: t(`invest-where-${p.where ?? 'any'}`) });
  }
  const p = answers as Profile;
  const land =
    p.land?.kind === 'area' ? `${formatNumber(p.land.hectares, lang, 4)} ${t('unit-ha')}` : t('invest-land-none');
  const money = p.investment ? formatMoney(p.investment.amount, p.investment.currency, lang, t) : '—';
  return t('apply-prefill', { sector: t(`guide-sector-${p.sector ?? 'other'}`), land, money });
}
