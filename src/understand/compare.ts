// A comparison asked in a message: «сравни ПИТ и Индустриальную зону Алматы», «ПИТ Алатау vs Кайрат»,
// "compare PIT Alatau and Alatau SEZ", «ПИТ пен Қайратты салыстыр», "PIT va Kairat salystyr". A word
// of comparing (by its stem, in any script) and the names between the joining words («и», «мен»,
// "and", commas), each found by the name search, in the order they were written.
import { editDistance } from '../search/engine.ts';
import type { SearchIndex } from '../search/index.ts';
import { baseForms, kindOf, STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { Names, placesIn, questionWords, toSet, type NameFound } from './names.ts';

/** Stems of the words of comparing (as skeletons): сравни…, салыстыр…, compar…. */
const COMPARE_STEMS = ['sravn', 'salist', 'kompar'];
/** Their usual forms, which a word one slip away from is taken for («срвани», "campare", «салыстр»). */
const COMPARE_FORMS = toSet(
  'сравни сравнить сравните сравнение салыстыр салыстыру салыстырып салыстырыңыз compare comparison',
);
/** Stems of words of difference, matched as written: «разница», «отличается», "difference", «айырмашылық». */
const DIFFERENCE_STEMS = ['raznis', 'otlicha', 'otlichi', 'diferens', 'airmash'];
/** Slips are looked for in words this long: shorter ones are too easily another word. */
const TYPO_FROM = 6;
/** Words that set two names against each other on their own. */
const VERSUS = toSet('vs versus');
/** "Which is better, X or Y": a word of preferring and one of choosing make a comparison of two names. */
const BETTER = toSet('лучше выгоднее удобнее better cheaper жақсы тиімді тиімдірек артық');
const OR = toSet('или либо or немесе әлде');
/** Words that join or part the names: «и», «с», «чем», «мен/пен/бен», «және», "and", "with", "between". */
const JOINING = toSet(
  'и с со или либо чем между против мен бен пен менен бенен пенен және жане немесе әлде va and or with to from between against than',
);
/** Words for what is compared, when no name is given («сравнить площадки», "compare sites"). */
const SITES = toSet('площадка площадки площадок площадку алаң site sites');
/** A name is looked for among a few words at most; more named than this is not one comparison. */
const MAX_NAMED = 5;

const comparing = (w: string) =>
  VERSUS.has(w) ||
  [...COMPARE_STEMS, ...DIFFERENCE_STEMS].some((s) => w.startsWith(s)) ||
  (w.length >= TYPO_FROM && [...COMPARE_FORMS].some((f) => editDistance(w, f, 1) <= 1));

/**
 * Whether a word asks nothing of its own beside a comparison: a joining or question word, "sites" or
 * "zones" («сравнить СЭЗ и индустриальные зоны» asks how the two kinds differ, which a topic answers).
 */
const framing = (w: string) =>
  comparing(w) ||
  JOINING.has(w) ||
  STOP_WORDS.has(w) ||
  questionWords.has(w) ||
  [w, ...baseForms(w)].some((f) => SITES.has(f) || kindOf(f) === 'zone');

/**
 * The entities a message asks to compare, in the order named; undefined when it does not ask to
 * compare. A word of comparing with one name is still asked (the other is picked next), and with
 * none when the message asks nothing else («сравнить площадки»: the zones are picked next); "better …
 * or" needs two names.
 */
export function compareAsked(index: SearchIndex, text: string): string[] | undefined {
  const words = tokens(text);
  const asked = words.some(comparing);
  const toCompare = words.some((w) => comparing(w) && !DIFFERENCE_STEMS.some((s) => w.startsWith(s)));
  const choosing = words.some((w) => BETTER.has(w)) && words.some((w) => OR.has(w));
  if (!asked && !choosing) return undefined;
  const slugs = namedToCompare(index, text);
  if (slugs.length === 0) return toCompare && words.every(framing) ? [] : undefined;
  return asked || slugs.length > 1 ? slugs : undefined;
}

/** The names in a list of them («ПИТ, Кайрат», «ПИТ Алатау и Кайрат»), each once, in the order written. */
export function namedToCompare(index: SearchIndex, text: string): string[] {
  const runs: string[][] = [[]];
  for (const raw of text.split(/\s+/)) {
    const ws = tokens(raw);
    const parting = ws.length > 0 && ws.every((w) => JOINING.has(w) || comparing(w) || BETTER.has(w));
    if (parting) {
      runs.push([]);
      continue;
    }
    // «ПИТ,Кайрат», «ПИТ/Кайрат»: marks between names part them too.
    const parts = raw.split(/[,;/+]+/);
    parts.forEach((part, i) => {
      if (i > 0) runs.push([]);
      if (tokens(part).length > 0) runs.at(-1)!.push(part);
    });
    if (/[,;/+]$/.test(raw)) runs.push([]);
  }
  const order = (f: NameFound) => f.run * 100 + f.at;
  // A kind word alone in some form the search does not know as one («аймақтарды») names nothing.
  const found = placesIn(
    new Names(index),
    runs.filter((r) => r.length > 0),
    MAX_NAMED,
  )
    .filter((f) => ![...f.words].every(framing))
    .sort((a, b) => order(a) - order(b));
  return [...new Set(found.map((f) => f.slug))];
}
