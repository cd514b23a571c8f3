// Numbers, money, dates and units in the reader's language: "11,6 млрд ₸", "11.6 bn ₸", "$360 млн",
// "27.11.2025". Words come from the locale files through `t`.
import type { Lang } from '../dataset/schema.ts';
import type { SourceRef } from './types.ts';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const NUMBER_LOCALE: Record<Lang, string> = { ru: 'ru-RU', kk: 'ru-RU', en: 'en-US' };

// Formatters are costly to make and cheap to reuse: one per language and precision.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maxFractionDigits = 1): string {
  const key = `${lang}:${maxFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: maxFractionDigits });
    formatters.set(key, format);
  }
  return format.format(value);
}

const SCALES: Array<[number, string]> = [
  [1e12, 'num-trillion'],
  [1e9, 'num-billion'],
  [1e6, 'num-million'],
];

/** 11600000000 KZT → "11,6 млрд ₸"; 360000000 USD → "$360 млн"; 976200000000 KZT → "976,2 млрд ₸". */
export function formatMoney(value: number, currency: string | null, lang: Lang, t: Translate): string {
  let amount = formatNumber(value, lang);
  // Never rounded up into the next scale: 976.2 bn is "under a trillion", and 999.96 m stays millions.
  const scale = SCALES.find(([size]) => Math.abs(value) >= size);
  if (scale) {
    const [size, key] = scale;
    let digits = 1;
    while (digits < 3 && Math.abs(Number((value / size).toFixed(digits))) >= 1000) digits++;
    amount = `${formatNumber(value / size, lang, digits)} ${t(key)}`;
  }
  if (currency === 'USD') return `$${amount}`;
  if (currency === 'KZT') return `${amount} ₸`;
  return currency ? `${amount} ${currency}` : amount;
}

/** "2025-11-27" → 27.11.2025, "2021-09" → 09.2021, "2021" → 2021. */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (day && month) return `${day}.${month}.${year}`;
  if (month) return `${month}.${year}`;
  return year ?? value;
}

/**
 * A source's date as exact as it is known; "undated" in the reader's language when it gives none,
 * with what its data run to when that is known ("undated, data to 05.2025").
 */
export function sourceDate(source: Pick<SourceRef, 'date' | 'datePrecision' | 'dataTo'>, t: Translate): string {
  if (!source.date)
    return source.dataTo ? t('source-undated-data', { period: formatDate(source.dataTo) }) : t('source-undated');
  const [year, month] = source.date.split('-');
  if (source.datePrecision === 'year') return year ?? source.date;
  if (source.datePrecision === 'month') return `${month}.${year}`;
  return formatDate(source.date);
}

/** Units written after the number with a word of their own (unit-… in the locale files). */
export const LABELLED_UNITS = ['ha', 'm2', 't'] as const;
/**
 * Rates, which each language words around the number (rate-… in the locale files): Kazakh puts
 * the period first and a case ending then falls on a word, «жылына 25 000 тоннадан астам».
 */
export const RATE_UNITS = ['t_per_year', 'km_per_year'] as const;
/** Qualifiers that change how a value reads (qualifier-… in the locale files). */
export const SHOWN_QUALIFIERS = ['over', 'about', 'up_to'] as const;

/**
 * A value with its unit: 10 ha → "10 га", 94 percent → "94%", 25000 t_per_year → "25 000 т/год"
 * (kk «жылына 25 000 тонна»).
 */
export function formatValue(
  value: number | string,
  unit: string,
  currency: string | null,
  lang: Lang,
  t: Translate,
): string {
  if (typeof value === 'string') return unit === 'date' ? formatDate(value) : value;
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, lang, t);
    case 'percent':
      return `${formatNumber(value, lang)}%`;
    default:
      if ((RATE_UNITS as readonly string[]).includes(unit))
        return t(`rate-${unit}`, { value: formatNumber(value, lang) });
      return (LABELLED_UNITS as readonly string[]).includes(unit)
        ? `${formatNumber(value, lang)} ${t(`unit-${unit}`)}`
        : formatNumber(value, lang);
  }
}

/** "более 2 млрд ₸", "около 399 млрд ₸", "до 900". */
export function qualify(text: string, qualifier: string, t: Translate): string {
  return (SHOWN_QUALIFIERS as readonly string[]).includes(qualifier)
    ? t(`qualifier-${qualifier}`, { value: text })
    : text;
}
