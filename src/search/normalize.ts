// Turns what people type into comparable tokens. Every spelling of a name — Kazakh letters or
// Russian ones, Cyrillic or Latin (the 2021 Kazakh alphabet or everyday transliteration), any case,
// quotes and punctuation — ends up as the same Latin "skeleton": Қайрат, Кайрат, Qairat, Kayrat → kairat.

const KAZAKH_FOLD: Record<string, string> = { қ: 'к', ү: 'у', ұ: 'у', ө: 'о', ә: 'а', і: 'и', ғ: 'г', ң: 'н', һ: 'х' };

/** Kazakh letters as people type them on a Russian keyboard. */
export function foldKazakh(text: string): string {
  return text.toLowerCase().replace(/[қүұөәіғңһ]/g, (c) => KAZAKH_FOLD[c] ?? c);
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 's',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Latin spellings that sound alike, replaced in one left-to-right pass (longer spellings listed
// first). Cyrillic arrives here already transliterated, so each rule serves both scripts.
const LATIN_RULES: Record<string, string> = {
  sch: 'sh',
  tch: 'ch',
  dzh: 'j',
  dj: 'j',
  zh: 'j',
  kh: 'h',
  gh: 'g',
  ph: 'f',
  th: 't',
  ck: 'k',
  ts: 's',
  ee: 'i',
  oo: 'u',
  q: 'k',
  w: 'v',
  x: 'ks',
  y: 'i',
};
const LATIN_PATTERN = /^ye|sch|tch|dzh|dj|zh|kh|gh|ph|th|ck|ts|ee|oo|ch|c|q|w|x|y/g;
const latinRule = (m: string, at: number, word: string): string => {
  if (m === 'ye') return 'e';
  if (m === 'ch') return 'ch';
  // c sounds as s before e, i and y (City, Pepsico): Сити, Пепсико.
  if (m === 'c') return 'eiy'.includes(word[at + 1] ?? '') ? 's' : 'k';
  return LATIN_RULES[m] ?? m;
};

// Doubled letters are a spelling habit (Apple/Aple, Асет/Asset) in words, but abbreviations keep them (ККМ ≠ КМ).
const DOUBLED = /([a-z])\1+/g;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The skeleton of one word (letters and digits only). */
export function skeleton(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  let s = '';
  for (const ch of foldKazakh(word)) s += CYRILLIC_TO_LATIN[ch] ?? ch;
  if (/[^\p{ASCII}]/u.test(s)) {
    s = s.replace(/ş/g, 'sh').replace(/ç/g, 'ch').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');
  }
  s = s.replace(LATIN_PATTERN, latinRule);
  if (s.length > 4) s = s.replace(DOUBLED, '$1');
  // Past the limit the cache starts over: a bound on memory, whatever people type.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}

/**
 * Splits text into raw words: any run of letters or digits, with letters and digits apart
 * ("Кайрат2" → кайрат, 2). Brand joiners vanish (KT&G → ktg, O'Brien → obrien). Initials written
 * with dots join up, so "Г.С.Г." meets "ГСГ".
 */
export function words(text: string): string[] {
  // Plain ASCII and Cyrillic are already in normal form; anything else (accents, combining marks,
  // full-width letters, ligatures) is composed first so a word stays one word.
  let cleaned = /[^\p{ASCII}\u0400-\u04ff]/u.test(text) ? text.normalize('NFKC') : text;
  cleaned = cleaned.toLowerCase();
  if (/[&'’`ʼ]/.test(cleaned)) cleaned = cleaned.replace(/(\p{L})[&'’`ʼ](?=\p{L})/gu, '$1');
  const out: string[] = [];
  let initials = false; // the last word is a run of dotted initials that the next initial extends
  let i = 0;
  while (i < cleaned.length) {
    const kind = charKind(cleaned.charCodeAt(i), cleaned[i]!);
    if (kind === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cleaned.length && charKind(cleaned.charCodeAt(end), cleaned[end]!) === kind) end++;
    // A letter or two fused to digits is one code ("G4"); a longer word and a number are two ("Кайрат2").
    if (
      kind === LETTER &&
      end - i <= 2 &&
      end < cleaned.length &&
      charKind(cleaned.charCodeAt(end), cleaned[end]!) === DIGIT
    ) {
      let digits = end;
      while (digits < cleaned.length && charKind(cleaned.charCodeAt(digits), cleaned[digits]!) === DIGIT) digits++;
      if (digits >= cleaned.length || charKind(cleaned.charCodeAt(digits), cleaned[digits]!) !== LETTER) end = digits;
    }
    const part = cleaned.slice(i, end);
    const initial = end - i === 1 && kind === LETTER;
    if (initial && initials) out[out.length - 1] += part;
    else out.push(part);
    initials = initial && cleaned[end] === '.';
    i = end;
  }
  return out;
}

const LETTER = 1;
const DIGIT = 2;

/** 1 for a letter, 2 for a digit, 0 for anything else; the common scripts without a regular expression. */
function charKind(code: number, ch: string): number {
  if ((code >= 97 && code <= 122) || (code >= 0x430 && code <= 0x4ff)) return LETTER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code < 128 || (code >= 0x2000 && code <= 0x2bff)) return 0;
  return /[\p{L}\p{M}]/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : 0;
}

/** Words of a text as skeletons, empty ones dropped. */
export function tokens(text: string): string[] {
  return words(text)
    .map(skeleton)
    .filter((t) => t.length > 0);
}
