// Numbers in the locales read grammatically: nouns agree with the count (Russian and English
// plurals by Fluent selectors; Kazakh keeps the noun singular), and Kazakh case endings after a
// number or a date follow how it is read aloud.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, LOCALES_DIR } from '../../src/bot/i18n.ts';
import { formatValue, qualify } from '../../src/cards/format.ts';
import type { Lang } from '../../src/dataset/schema.ts';

const i18n = createI18n();
const t = (lang: Lang, key: string, vars: Record<string, string | number>) => i18n.t(lang, key, vars);
const COUNTS = [1, 2, 5, 21] as const;

/**
 * Messages where a count stands before a word it has to agree with: the variable counted, other
 * variables the message needs, and the count with its word for 1, 2, 5 and 21 in each language.
 */
const AGREEING: Record<string, { count: string; vars?: Record<string, string | number> } & Record<Lang, string[]>> = {
  'card-zones-here': {
    count: 'count',
    ru: ['1 зона', '2 зоны', '5 зон', '21 зона'],
    en: ['1 zone', '2 zones', '5 zones', '21 zones'],
    kk: ['саны: 1', 'саны: 2', 'саны: 5', 'саны: 21'],
  },
  'card-companies-here': {
    count: 'count',
    ru: ['1 компания или проект', '2 компании и проекта', '5 компаний и проектов', '21 компания или проект'],
    en: ['1 company or project', '2 companies and projects', '5 companies and projects', '21 companies and projects'],
    kk: ['саны: 1', 'саны: 2', 'саны: 5', 'саны: 21'],
  },
  'guide-gave-up': {
    count: 'count',
    ru: ['1 раз подряд', '2 раза подряд', '5 раз подряд', '21 раз подряд'],
    en: ['once in a row', '2 times in a row', '5 times in a row', '21 times in a row'],
    kk: ['1 рет', '2 рет', '5 рет', '21 рет'],
  },
  'broadcast-confirm': {
    count: 'count',
    ru: ['Отправить 1 получателю?', 'Отправить 2 получателям?', 'Отправить 5 получателям?', 'Отправить 21 получателю?'],
    en: ['Send to 1 recipient?', 'Send to 2 recipients?', 'Send to 5 recipients?', 'Send to 21 recipients?'],
    kk: ['1 алушыға', '2 алушыға', '5 алушыға', '21 алушыға'],
  },
  'broadcast-queued': {
    count: 'count',
    vars: { id: 7 },
    ru: ['1 получатель.', '2 получателя.', '5 получателей.', '21 получатель.'],
    en: ['1 recipient.', '2 recipients.', '5 recipients.', '21 recipients.'],
    kk: ['1 алушы.', '2 алушы.', '5 алушы.', '21 алушы.'],
  },
  'broadcast-preview-version': {
    count: 'count',
    vars: { language: 'x' },
    ru: ['1 получатель', '2 получателя', '5 получателей', '21 получатель'],
    en: ['1 recipient', '2 recipients', '5 recipients', '21 recipients'],
    kk: ['1 алушы', '2 алушы', '5 алушы', '21 алушы'],
  },
  'broadcast-preview-main': {
    count: 'count',
    vars: { languages: 'x' },
    ru: ['1 получатель', '2 получателя', '5 получателей', '21 получатель'],
    en: ['1 recipient', '2 recipients', '5 recipients', '21 recipients'],
    kk: ['1 алушы', '2 алушы', '5 алушы', '21 алушы'],
  },
  'broadcast-resending': {
    count: 'count',
    ru: ['1 получателю', '2 получателям', '5 получателям', '21 получателю'],
    en: ['1 recipient', '2 recipients', '5 recipients', '21 recipients'],
    kk: ['1 алушыға', '2 алушыға', '5 алушыға', '21 алушыға'],
  },
  'broadcast-summary-blocked': {
    count: 'blocked',
    ru: [
      '1 получатель заблокировал',
      '2 получателя заблокировали',
      '5 получателей заблокировали',
      '21 получатель заблокировал',
    ],
    en: ['1 recipient has', '2 recipients have', '5 recipients have', '21 recipients have'],
    kk: ['1 алушы', '2 алушы', '5 алушы', '21 алушы'],
  },
  'broadcast-summary-failed': {
    count: 'failed',
    ru: [
      '1 сообщение не доставлено',
      '2 сообщения не доставлены',
      '5 сообщений не доставлено',
      '21 сообщение не доставлено',
    ],
    en: ['1 message was', '2 messages were', '5 messages were', '21 messages were'],
    kk: ['1 хабарлама', '2 хабарлама', '5 хабарлама', '21 хабарлама'],
  },
  'search-too-long': {
    count: 'max',
    ru: ['короче 1 символа', 'короче 2 символов', 'короче 5 символов', 'короче 21 символа'],
    en: ['1 character', '2 characters', '5 characters', '21 characters'],
    kk: ['1 таңбадан', '2 таңбадан', '5 таңбадан', '21 таңбадан'],
  },
  'apply-description': {
    count: 'max',
    ru: ['до 1 символа', 'до 2 символов', 'до 5 символов', 'до 21 символа'],
    en: ['up to 1 character', 'up to 2 characters', 'up to 5 characters', 'up to 21 characters'],
    kk: ['1 таңбаға', '2 таңбаға', '5 таңбаға', '21 таңбаға'],
  },
  'apply-description-retry': {
    count: 'max',
    ru: ['до 1 символа', 'до 2 символов', 'до 5 символов', 'до 21 символа'],
    en: ['10 to 1 character', '10 to 2 characters', '10 to 5 characters', '10 to 21 characters'],
    kk: ['1 таңбаға', '2 таңбаға', '5 таңбаға', '21 таңбаға'],
  },
  'invest-results': {
    count: 'count',
    ru: ['Подходит 1 площадка', 'Подходят 2 площадки', 'Подходят 5 площадок', 'Подходит 21 площадка'],
    en: ['1 site fits', '2 sites fit', '5 sites fit', '21 sites fit'],
    kk: ['1 алаң', '2 алаң', '5 алаң', '21 алаң'],
  },
  'parks-fit-count': {
    count: 'count',
    vars: { year: '2025' },
    ru: [
      'работает 1 малый промышленный парк',
      'работают 2 малых промышленных парка',
      'работают 5 малых промышленных парков',
      'работает 21 малый промышленный парк',
    ],
    en: [
      '1 small industrial park works',
      '2 small industrial parks work',
      '5 small industrial parks work',
      '21 small industrial parks work',
    ],
    kk: [
      '1 шағын өнеркәсіптік парк',
      '2 шағын өнеркәсіптік парк',
      '5 шағын өнеркәсіптік парк',
      '21 шағын өнеркәсіптік парк',
    ],
  },
  'compare-how': {
    count: 'max',
    ru: ['до 1 площадки', 'до 2 площадок', 'до 5 площадок', 'до 21 площадки'],
    en: ['up to 1 site', 'up to 2 sites', 'up to 5 sites', 'up to 21 sites'],
    kk: ['1 алаңға дейін', '2 алаңға дейін', '5 алаңға дейін', '21 алаңға дейін'],
  },
  'compare-first': {
    count: 'max',
    ru: ['больше 1 площадки', 'больше 2 площадок', 'больше 5 площадок', 'больше 21 площадки'],
    en: ['up to 1 site', 'up to 2 sites', 'up to 5 sites', 'up to 21 sites'],
    kk: ['1 алаңнан артық', '2 алаңнан артық', '5 алаңнан артық', '21 алаңнан артық'],
  },
};

/**
 * Messages that show a count beside a label — "(3)", "Users: 3", "отправлено — 3", English "sent 3" —
 * where nothing has to agree.
 */
const LABELLED = [
  'list-sez',
  'list-industrial_zone',
  'list-small_industrial_park',
  'list-other',
  'list-districts',
  'button-companies',
  'companies-title',
  'button-zones',
  'place-zones-title',
  'button-all-facts',
  'invest-results-none',
  'why-peers',
  'compare-now',
  'staff-list',
  'broadcast-preview',
  'broadcast-resend',
  'broadcast-place-followers',
  'import-problem-too-large',
  'import-notify',
  'stats-users',
  'stats-unanswered',
  'stats-unposted',
  'broadcast-progress',
  'broadcast-summary',
  'stats-broadcast-line',
  'list-answer',
  'list-answer-anywhere',
];
/** Variables that carry a count. */
const COUNT_VARS = new Set(['count', 'max', 'blocked', 'failed']);

/** `$name` → the message keys of a locale file whose text uses it. */
function countBearing(lang: Lang): string[] {
  const text = readFileSync(join(LOCALES_DIR, `${lang}.ftl`), 'utf8');
  const keys = new Set<string>();
  let key = '';
  for (const line of text.split('\n')) {
    key = /^([a-z][A-Za-z0-9_-]*) =/.exec(line)?.[1] ?? key;
    for (const m of line.matchAll(/\$([a-z][a-z0-9]*)/g)) if (COUNT_VARS.has(m[1]!)) keys.add(key);
  }
  return [...keys].sort();
}

/** `fragment` as whole words: "21 получатель" is not found in "21 получателей" nor in "121 получатель". */
function wholeWords(fragment: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
}

describe('counts in messages', () => {
  const langs: Lang[] = ['kk', 'ru', 'en'];

  it('are all known here, as agreeing or as labelled', () => {
    for (const lang of langs) expect(countBearing(lang), lang).toEqual([...Object.keys(AGREEING), ...LABELLED].sort());
  });

  for (const lang of langs)
    it(`agree with the word they count for 1, 2, 5 and 21 in ${lang}`, () => {
      for (const [key, c] of Object.entries(AGREEING))
        COUNTS.forEach((n, i) => {
          const text = t(lang, key, { ...c.vars, [c.count]: n });
          expect(text, `${lang} ${key} ${n}`).toMatch(wholeWords(c[lang][i]!));
          expect(text, `${lang} ${key} ${n}`).not.toMatch(/[{}]/);
        });
    });

  it('stand beside a label where nothing agrees with them', () => {
    for (const lang of langs)
      for (const key of LABELLED)
        for (const n of COUNTS) {
          const names = {
            id: 3,
            name: 'X',
            names: 'X',
            zone: 'X',
            status: 'X',
            eta: 9,
            limit: 9,
            active7: 0,
            active30: 0,
            off: 0,
            what: 'X',
            where: 'X',
          };
          const counts = { count: n, blocked: n, failed: n, sent: n, remaining: n };
          const text = t(lang, key, { ...names, ...counts });
          const labelled = new RegExp(
            `(\\(${n}\\)|[:—] ${n}|(sent|blocked|failed|remaining|not sent) ${n})(?!\\d)`,
            'g',
          );
          const shown = text.match(new RegExp(`(?<![\\d#])${n}(?!\\d)`, 'g'))?.length ?? 0;
          expect(text.match(labelled)?.length ?? 0, `${lang} ${key}: ${text}`).toBe(shown);
        }
  });
});

describe('Kazakh case endings', () => {
  const over = (value: string) => t('kk', 'qualifier-over', { value });
  const upTo = (value: string) => t('kk', 'qualifier-up_to', { value });

  it('follow the last word of a number as it is read (vowel harmony, last sound)', () => {
    // он → оннан, жиырма → жиырмадан, үш → үштен, бес → бестен, қырық → қырықтан, елу → елуден,
    // сексен → сексеннен, жүз → жүзден, мың → мыңнан; a decimal is read by its fraction (бес).
    const cases: Array<[string, string]> = [
      ['10', '10-нан астам'],
      ['20', '20-дан астам'],
      ['3', '3-тен астам'],
      ['5', '5-тен астам'],
      ['6', '6-дан астам'],
      ['40', '40-тан астам'],
      ['50', '50-ден астам'],
      ['80', '80-нен астам'],
      ['100', '100-ден астам'],
      ['1\u00a0000', '1\u00a0000-нан астам'],
      ['14,5', '14,5-тен астам'],
    ];
    expect(cases.map(([v]) => over(v))).toEqual(cases.map(([, want]) => want));
    expect(['900', '4', '9', '2027'].map(upTo)).toEqual(['900-ге дейін', '4-ке дейін', '9-ға дейін', '2027-ге дейін']);
  });

  it('follow the unit or scale after a number as it is read', () => {
    const kk = (key: string, vars?: Record<string, string | number>) => i18n.t('kk', key, vars);
    const shown = (value: number, unit: string, currency: string | null = null) =>
      qualify(formatValue(value, unit, currency, 'kk', kk), 'over', kk);
    expect(shown(163, 'ha')).toBe('163 га-дан астам'); // гектардан
    expect(shown(5000, 'm2')).toBe('5\u00a0000 м²-ден астам'); // метрден
    expect(shown(2e9, 'money', 'KZT')).toBe('2 млрд ₸-ден астам'); // теңгеден
    expect(shown(360e6, 'money', 'USD')).toBe('$360 млн-нан астам'); // миллионнан
    expect(shown(94, 'percent')).toBe('94%-дан астам'); // пайыздан
  });

  it('read a date in words, "until" in the dative', () => {
    expect(upTo('31.12.2027')).toBe('2027 жылғы 31 желтоқсанға дейін');
    expect(upTo('04.2027')).toBe('2027 жылғы сәуірге дейін');
    expect(t('kk', 'gap-term-ends', { date: '2027' })).toBe('қолданылу мерзімі 2027 жылға дейін');
    expect(t('kk', 'gap-term-ends', { date: '2027-09-01' })).toBe('қолданылу мерзімі 2027 жылғы 1 қыркүйекке дейін');
  });
});

describe('"up to" in English', () => {
  it('is "by" before a date', () => {
    expect(t('en', 'qualifier-up_to', { value: '31.12.2025' })).toBe('by 31.12.2025');
    expect(t('en', 'qualifier-up_to', { value: '900' })).toBe('up to 900');
  });
});
