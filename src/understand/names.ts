// Names among a question's other words: the stretch of words that names an entity of the store,
// and words written as names that name nothing the store holds.
import { ACCEPT, analyse, search, type SearchResult } from '../search/engine.ts';
import type { SearchIndex } from '../search/index.ts';
import { kindOf, STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { keyOf } from './facts.ts';
import { measureOf } from './measures.ts';

/**
 * The name search for one question. Understanding it reads it several ways (a figure, a list, a need,
 * a place), which look up the same stretches of its words: each stretch is searched once, and each
 * word matched against the vocabulary once (understanding alone went from p99 ~30 ms to ~4–8 ms of
 * CPU per question with this; `npm run bench:questions` measures the whole answer).
 */
export class Names {
  private readonly found = new Map<string, SearchResult | undefined>();
  private readonly matched = new Map<string, ReadonlyMap<number, number>>();
  constructor(readonly index: SearchIndex) {}

  /** The entity a stretch of words names best. */
  best(text: string): SearchResult | undefined {
    if (!this.found.has(text)) this.found.set(text, search(this.index, text, { limit: 1, matched: this.matched })[0]);
    return this.found.get(text);
  }
}

export const toSet = (text: string) => new Set(text.split(/\s+/).flatMap((w) => (w ? tokens(w) : [])));

// Words of a question that are neither a name nor a measure ("сколько", "қанша", "how much", "was").
const QUESTION_WORDS =
  'сколько скольк какой какая какое какие каков какова каково всего был была было были будет будут есть сейчас ' +
  'году год года годах занимает занимал занимала составляет составила составил дадут даст создадут создаст ' +
  'канша қанша неше кандай қандай болды болган болған болады бар жылы жыл жылғы жылгы ' +
  'how many much what whats which was were is are does did do will has have there in the of a an by ' +
  'total number create created planned plan казахстан қазақстан kazakhstan';

export const questionWords = toSet(QUESTION_WORDS);

/** The longest name looked for among a question's words («Парк инновационных технологий «Алатау»»: 4). */
const MAX_NAME_WORDS = 5;

export const isNameWord = (token: string) => !STOP_WORDS.has(token) && kindOf(token) === undefined;

export const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/;

/**
 * Whether the question names something the store does not know: a word written as a name (capitalised
 * past the first word, Latin among Cyrillic, or beside a kind word) that names nothing, and that
 * `known` does not take.
 */
export function namesUnknown(names: Names, text: string, known: (token: string) => boolean): boolean {
  const raws = text.trim().split(/\s+/);
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  return raws.some((raw, i) => {
    const ws = tokens(raw).filter(isNameWord);
    if (ws.length === 0 || ws.some((w) => questionWords.has(w) || measureOf(w) !== undefined || known(w))) return false;
    // A word just before a kind of place or thing is its name («Qyzylorda AEA-da», «samsung zauyty»);
    // one after it, when written as a name («СЭЗ Онтустик», not «аймағында жердің бағасы»).
    const isKind = (r: string | undefined) => r !== undefined && tokens(r).some((t) => kindOf(t) !== undefined);
    const capital = /^\p{Lu}/u.test(raw);
    const looksLikeName =
      (capital && (i > 0 || isKind(raws[i - 1]))) ||
      isKind(raws[i + 1]) ||
      (cyrillic && /^\p{Script=Latin}/u.test(raw));
    return looksLikeName && (names.best(raw)?.score ?? 0) < ACCEPT;
  });
}

/**
 * Whether the message is only a name, each of its words a word of the entity the search is surest of
 * («Малые промышленные парки Алматы» is the parks' card, though every word of it is also a topic's).
 */
export function isOnlyName(names: Names, text: string, sure: number): boolean {
  const hit = names.best(text);
  if (!hit || hit.score < sure) return false;
  const keys = nameKeys(names.index, hit.slug);
  return tokens(text)
    .filter((w) => isNameWord(w) && !questionWords.has(w))
    .every((w) => keys.has(keyOf(w)));
}

/** The message less the words of an entity's names. */
export function withoutName(index: SearchIndex, slug: string, text: string): string {
  const keys = nameKeys(index, slug);
  return tokens(text)
    .filter((w) => !keys.has(keyOf(w)))
    .join(' ');
}

/** The keys of the words of an entity's names and aliases in every language. */
function nameKeys(index: SearchIndex, slug: string): Set<string> {
  const doc = index.docs.find((d) => d.slug === slug);
  return new Set(
    tokens(doc ? [...Object.values(doc.name), ...doc.aliases.map((a) => a.text)].join(' ') : '').map(keyOf),
  );
}

/** What each word more of a name is worth: "ПИТ Алатау" over the "Алатау" in it, not a weak match over a sure one. */
const PER_WORD = 0.15;

/** A stretch of words that names an entity: where it is among the runs, and what it is worth. */
export interface NameFound {
  slug: string;
  worth: number;
  run: number;
  at: number;
  size: number;
  words: Set<string>;
}

/** Every stretch of words of `runs` that names something, best first, longer stretches preferred. */
export function namesFound(names: Names, runs: string[][]): NameFound[] {
  const found: NameFound[] = [];
  runs.forEach((run, r) => {
    // A name starts and ends with a kind word or a word that finds something alone: a stretch from or
    // to "в", "of" or a word of no name is the same name again, or none.
    const edge = run.map((raw) => {
      const { content, hints } = analyse(raw);
      if (hints.length > 0) return true;
      return content.length > 0 && (names.best(raw)?.score ?? 0) >= ACCEPT;
    });
    for (let size = Math.min(run.length, MAX_NAME_WORDS); size >= 1; size--) {
      for (let at = 0; at + size <= run.length; at++) {
        const window = run.slice(at, at + size).join(' ');
        // Kind words alone ("СЭЗ", "индустриальная зона") name no zone in particular: "СЭЗ в Шымкенте"
        // is not a question about the one SEZ the store holds.
        // Nor do numbers alone: the "2" of «2 room apartment» is not Kairat-2.
        if (!tokens(window).some((t) => isNameWord(t) && !/^\d+$/.test(t))) continue;
        if (!edge[at] || !edge[at + size - 1]) continue;
        const hit = names.best(window);
        if (hit && hit.score >= ACCEPT)
          found.push({
            slug: hit.slug,
            worth: hit.score + PER_WORD * (size - 1),
            run: r,
            at,
            size,
            words: new Set(tokens(window)),
          });
      }
    }
  });
  return found.sort((a, b) => b.worth - a.worth);
}

/** The entity the question names; of a name and the place it is in («проект PepsiCo в Алатау»), the name. */
export function namedIn(names: Names, runs: string[][]): NameFound | undefined {
  const found = namesFound(names, runs);
  const best = found[0];
  return best && (found.find((f) => f.slug !== best.slug && isInside(names.index, f.slug, best.slug)) ?? best);
}

/** The names of several places («в Алатау и в Конаеве»): the best ones that share no word. */
export function placesIn(names: Names, runs: string[][], max = 3): NameFound[] {
  const out: NameFound[] = [];
  const overlaps = (a: NameFound, b: NameFound) => a.run === b.run && a.at < b.at + b.size && b.at < a.at + a.size;
  for (const f of namesFound(names, runs)) {
    if (out.length >= max) break;
    if (!out.some((o) => o.slug === f.slug || overlaps(o, f))) out.push(f);
  }
  return out;
}

/** Whether `inner` lies within `outer` (a company in its zone, a zone in its district). */
export function isInside(index: SearchIndex, inner: string, outer: string): boolean {
  const bySlug = new Map(index.docs.map((d) => [d.slug, d]));
  for (let up = bySlug.get(inner)?.parent, steps = 0; up && steps < 5; up = bySlug.get(up)?.parent, steps++)
    if (up === outer) return true;
  return false;
}
