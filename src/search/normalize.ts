// Turns what people type into comparable tokens. Every spelling of a name — Kazakh letters or
// Russian ones, Cyrillic or Latin (the 2021 Kazakh alphabet or everyday transliteration), any case,
// quotes and punctuation — ends up as the same Latin "skeleton": Қайрат, Кайрат, Qairat, Kayrat → kairat.

const KAZAKH_FOLD: Record<string, string> = { қ: 'к', ү: 'у', ұ: 'у', ө: 'о', ә: 'а', і: 'и', ғ: 'г', ң: 'н', һ: 'х' };

/** Kazakh letters as people type them on a Russian keyboard. */
export function foldKazakh(text: string): string {
  return text.toLowerCase().replace(/[қүұөәіғңһ]/g, (c) => KAZAKH_FOLD[c] ?? c);
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 's', ч: 'ch',
  ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

// Latin spellings that sound alike, in the order they must apply. Cyrillic arrives here already
// transliterated, so each rule serves both scripts.
const LATIN_RULES: Array<[RegExp, string]> = [
  [/sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/ts/g, 's'],
  [/^ye/g, 'e'],
  [/y/g, 'i'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
];

// Doubled letters are a spelling habit (Apple/Aple, Асет/Asset) in words, but abbreviations keep them (ККМ ≠ КМ).
const DOUBLED = /([a-z])\1+/g;

/** The skeleton of one word (letters and digits only). */
export function skeleton(word: string): string {
  let s = '';
  for (const ch of foldKazakh(word)) s += CYRILLIC_TO_LATIN[ch] ?? ch;
  s = s
    .replace(/ş/g, 'sh')
    .replace(/ç/g, 'ch')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  for (const [pattern, replacement] of LATIN_RULES) s = s.replace(pattern, replacement);
  return s.length > 4 ? s.replace(DOUBLED, '$1') : s;
}

/**
 * Splits text into raw words: any run of letters or digits, with letters and digits apart
 * ("Кайрат2" → кайрат, 2). Brand joiners vanish (KT&G → ktg, O'Brien → obrien). Initials written
 * with dots join up, so "Г.С.Г." meets "ГСГ".
 */
export function words(text: string): string[] {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{L})[&'’`ʼ](?=\p{L})/gu, '$1');
  const out: string[] = [];
  let initials = false; // the last word is a run of dotted initials that the next initial extends
  // A letter or two fused to digits is one code ("G4"); a longer word and a number are two ("Кайрат2").
  for (const match of cleaned.matchAll(/\p{L}{1,2}\p{N}+(?!\p{L})|\p{L}+|\p{N}+/gu)) {
    const part = match[0];
    const initial = part.length === 1 && /\p{L}/u.test(part);
    if (initial && initials) out[out.length - 1] += part;
    else out.push(part);
    initials = initial && cleaned[match.index + 1] === '.';
  }
  return out;
}

/** Words of a text as skeletons, empty ones dropped. */
export function tokens(text: string): string[] {
  return words(text)
    .map(skeleton)
    .filter((t) => t.length > 0);
}
