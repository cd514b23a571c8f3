// What a user told a guide, said back as a sentence: after the guide, on a shared shortlist, and in
// the application they file after it (staff read it there too).
import { formatMoney, formatNumber, type Translate } from '../cards/format.ts';
import type { Lang } from '../dataset/schema.ts';
import type { Profile, Where } from './rank.ts';

/** The answers of the SME guide (/parks). */
export interface ParkAnswers {
  what?: string;
  m2?: number;
  where?: 'city' | 'region' | 'any';
}

/** The name of a district or town by its slug, in the reader's language. */
export type PlaceName = (slug: string) => string;

export function wherePhrase(t: Translate, where: Where, placeName: PlaceName): string {
  return where.kind === 'district' ? placeName(where.slug) : t(`guide-echo-where-${where.kind}`);
}

/** The parts of a project in the order people say them: trade, place, land, money (when known). */
function projectParts(t: Translate, lang: Lang, p: Profile, placeName: PlaceName, withMoney: boolean): string[] {
  const land =
    p.land.kind === 'area'
      ? t('guide-echo-land', { area: `${formatNumber(p.land.hectares, lang, 4)} ${t('unit-ha')}` })
      : t('guide-echo-land-none');
  const parts = [t(`guide-echo-sector-${p.sector}`), wherePhrase(t, p.where, placeName), land];
  if (withMoney)
    parts.push(
      p.investment
        ? t('guide-echo-money', { amount: formatMoney(p.investment.amount, p.investment.currency, lang, t) })
        : t('guide-echo-money-none'),
    );
  return parts;
}

/** «Ваш проект: пищевая переработка, Алматинская область, участок 3 га, …. Важно: льготы СЭЗ.» */
export function projectSentence(t: Translate, lang: Lang, p: Profile, placeName: PlaceName, withMoney = true): string {
  const parts = projectParts(t, lang, p, placeName, withMoney);
  const matters = p.priorities.map((x) => t(`guide-echo-priority-${x}`)).join(', ');
  return (
    t('invest-summary', { project: parts.join(', ') }) + (matters ? ` ${t('invest-summary-matters', { matters })}` : '')
  );
}

export function answersLine(
  t: Translate,
  lang: Lang,
  guide: 'invest' | 'park',
  answers: unknown,
  placeName: PlaceName,
): string {
  if (answers === null || typeof answers !== 'object') return '';
  if (guide === 'park') {
    const p = answers as ParkAnswers;
    const parts = [
      ...(p.what ? [t('guide-echo-trade', { what: p.what })] : []),
      ...(p.m2 ? [`${formatNumber(p.m2, lang)} ${t('unit-m2')}`] : []),
      t(`guide-echo-where-${p.where ?? 'any'}`),
    ];
    return t('apply-prefill', { answers: parts.join(', ') });
  }
  const p = answers as Profile;
  return t('apply-prefill', { answers: projectParts(t, lang, p, placeName, true).join(', ') });
}
