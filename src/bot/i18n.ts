// Fluent translations from locales/, and how a user's language is chosen: the one they picked in
// the bot wins; until then Telegram's (kk → Kazakh, ru → Russian, anything else → English).
import { I18n } from '@grammyjs/i18n';
import { REPO_ROOT } from '../store/paths.ts';
import { languageFromTelegram, type Lang } from '../dataset/schema.ts';
import type { BotContext } from './context.ts';

export const LOCALES_DIR = `${REPO_ROOT}locales`;

/** The language the bot speaks to a user: the one they chose, else their Telegram app's. */
export function userLanguage(ctx: Pick<BotContext, 'user' | 'from'>): Lang {
  return ctx.user?.language ?? languageFromTelegram(ctx.from?.language_code);
}

export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    useSession: false,
    fluentBundleOptions: { useIsolating: false, functions: { SUFFIX: suffixFunction, VALUE_TYPE: valueTypeFunction } },
    localeNegotiator: userLanguage,
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}

// Fluent hands a function strings as they are and numbers wrapped; these read either as text.
function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null ? String(value.valueOf()) : String(value);
}

// Dates as cards show them (31.12.2027, 09.2021) or as stored (2027-12-31, 2027-12).
const SHOWN_DATE = /^(?:(\d{1,2})\.)?(\d{2})\.(\d{4})$/;
const STORED_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** VALUE_TYPE($value): "date" for a date, else "other" — for selectors. */
function valueTypeFunction([value]: unknown[]): string {
  return parseDate(textOf(value)) ? 'date' : 'other';
}

/**
 * SUFFIX($value, case: "ablative" | "dative" | "locative"): a Kazakh case ending on a value;
 * `kind: "date"` reads a bare year as one (2027 → «2027 жылға»), not as a number («2027-ге»).
 */
function suffixFunction([value]: unknown[], named: Record<string, unknown>): string {
  const grammaticalCase = textOf(named['case']);
  if (!isKazakhCase(grammaticalCase)) throw new RangeError(`SUFFIX(): unknown case "${grammaticalCase}"`);
  return withKazakhCase(textOf(value), grammaticalCase, named['kind'] === 'date');
}

export type KazakhCase = 'ablative' | 'dative' | 'locative';

function isKazakhCase(value: string): value is KazakhCase {
  return value === 'ablative' || value === 'dative' || value === 'locative';
}

function parseDate(text: string, yearAlone = false): { year: string; month?: number; day?: number } | undefined {
  const shown = SHOWN_DATE.exec(text);
  if (shown) return { year: shown[3]!, month: Number(shown[2]), ...(shown[1] ? { day: Number(shown[1]) } : {}) };
  const stored = STORED_DATE.exec(text);
  if (stored) return { year: stored[1]!, month: Number(stored[2]), ...(stored[3] ? { day: Number(stored[3]) } : {}) };
  return yearAlone && /^\d{4}$/.test(text) ? { year: text } : undefined;
}

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
/** The word a unit or scale written after a number is read as. */
const READ_AS: Record<string, string> = {
  га: 'гектар',
  'м²': 'метр',
  т: 'тонна',
  км: 'километр',
  жыл: 'жыл',
  млн: 'миллион',
  млрд: 'миллиард',
  трлн: 'триллион',
  '₸': 'теңге',
  '%': 'пайыз',
};

/**
 * "10" → "10-нан", "163 га" → "163 га-дан", "2,5" → "2,5-тен", "жылына 25 000 тонна" →
 * "…тоннадан", "31.12.2027" → "2027 жылғы 31 желтоқсанға": the ending follows the last word as it
 * is read aloud (its last vowel for harmony, its last sound for the consonant), hyphenated after
 * digits and abbreviations, joined to a whole word.
 */
export function withKazakhCase(text: string, grammaticalCase: KazakhCase, isDate = false): string {
  const date = parseDate(text.trim(), isDate);
  if (date) {
    if (date.month === undefined) return `${date.year} жыл${ending('жыл', grammaticalCase)}`;
    const monthName = MONTHS[date.month - 1]!;
    const head = `${date.year} жылғы ${date.day ? `${date.day} ` : ''}${monthName}`;
    return head + ending(monthName, grammaticalCase);
  }
  // A whole word takes its ending as part of it («тоннадан»); digits and abbreviations after a hyphen.
  const tail = /([^\s/\d]+)$/.exec(text.trim())?.[1] ?? '';
  const word = /^[а-яәғқңөұүһі]{2,}$/.test(tail) && !(tail in READ_AS);
  return `${text}${word ? '' : '-'}${ending(spokenLastWord(text), grammaticalCase)}`;
}

/** The last word of a shown value as it is read: "25 000 т/жыл" → жыл, "14,5" → бес, "2027" → жеті. */
function spokenLastWord(text: string): string {
  const trimmed = text.trim();
  const number = /(\d[\d\s\u00a0\u202f]*)(?:[.,](\d+))?$/.exec(trimmed);
  if (number) return numberLastWord(Number((number[2] ?? number[1]!).replace(/\D/g, '')));
  const word = /([^\s/\d]+)$/.exec(trimmed)?.[1] ?? trimmed;
  return READ_AS[word] ?? word.toLowerCase();
}

function numberLastWord(n: number): string {
  if (n === 0) return 'нөл';
  if (n % 10) return ONES[n % 10]!;
  if (n % 100) return TENS[Math.floor(n / 10) % 10]!;
  if (n % 1e3) return 'жүз';
  if (n % 1e6) return 'мың';
  if (n % 1e9) return 'миллион';
  if (n % 1e12) return 'миллиард';
  return 'триллион';
}

// Latin letters are read by their Kazakh sounds: "Invest" → -тен, "Authority" → -ден.
const BACK_VOWELS = 'аоұыяёaou';
const FRONT_VOWELS = 'әеөүіэиeiy';
const NASALS = 'мнңmn';
const VOICED = 'лрйжзуюlrjzw';
const VOWELS = BACK_VOWELS + FRONT_VOWELS + 'у';

function ending(word: string, grammaticalCase: KazakhCase): string {
  const letters = [...word.toLowerCase()].filter((c) => /\p{L}/u.test(c));
  const last = letters.at(-1) ?? '';
  // у and ю sound either way; the vowel before them decides (елу → front, су → back).
  const harmony = letters.findLast((c) => BACK_VOWELS.includes(c) || FRONT_VOWELS.includes(c));
  const front = harmony !== undefined && FRONT_VOWELS.includes(harmony);
  const soft = VOWELS.includes(last) || VOICED.includes(last);
  const nasal = NASALS.includes(last);
  switch (grammaticalCase) {
    case 'ablative':
      return (soft ? 'д' : nasal ? 'н' : 'т') + (front ? 'ен' : 'ан');
    case 'dative':
      return soft || nasal ? (front ? 'ге' : 'ға') : front ? 'ке' : 'қа';
    case 'locative':
      return (soft || nasal ? 'д' : 'т') + (front ? 'е' : 'а');
  }
}
