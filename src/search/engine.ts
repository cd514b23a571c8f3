// Answers a query from the index: which entities the person most likely means, best first, or
// nothing when nothing they typed names anything the store holds.
//
// Each query word is matched to vocabulary tokens by the cheapest rule that works — the same token,
// the same word without its endings, a prefix, then a typo within a budget that grows with word
// length — and neighbouring words are also tried written together. An entity scores by how much of
// the query its names explain (words weighted by rarity) and how much of its best name the query
// covers; the kind words of the query ("район", "аймағы", "city") lift entities of that kind.
// Fuse.js then orders the close candidates by whole-string similarity.
import Fuse from 'fuse.js';
import { bigrams, type EntityKind, type NameField, type SearchIndex } from './index.ts';
import { baseForms, expandCapitals, kindOf, modifierKind, STOP_WORDS, stem, type KindHint } from './lexicon.ts';
import { swapLayout } from './layout.ts';
import { tokens } from './normalize.ts';

export interface SearchResult {
  slug: string;
  kind: EntityKind;
  name_ru: string;
  name_kk: string;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /**
   * The vocabulary each query word reaches, kept by a caller that searches many stretches of the
   * same text (question understanding): each word is matched once.
   */
  matched?: Map<string, ReadonlyMap<number, number>>;
}

/** Below this an entity is not what the person meant. */
export const ACCEPT = 0.5;
/** A result this good leaves no doubt the query was typed in the layout meant. */
const SURE = 0.9;
/** Results this far below the best one are dropped as noise. */
const CLOSE = 0.3;
const KIND_BONUS = 0.06;
/** Least share of some name of an entity that the query must cover. */
const MIN_NAME_COVER = 0.3;
/** Name cover kept when the name carries kind words the query did not use. */
const UNASKED_KIND = 0.9;
const FIELD_FACTOR: Record<NameField, number> = { name: 1, alias: 1, keyword: 0.7 };

const QUALITY = { exact: 1, joined: 0.96, base: 0.93, stem: 0.9, prefix: 0.7, typo1: 0.8, typo2: 0.66, swap3: 0.72 };

interface Analysed {
  content: string[];
  /** Kinds the query names, in the order it names them; the first is what is asked about. */
  hints: KindHint[];
  /** Whether a kind was named by a whole word, not only by a letter or two ("г", "co"). */
  kindWord: boolean;
}

export function analyse(query: string): Analysed {
  const content: string[] = [];
  const hints: KindHint[] = [];
  let kindWord = false;
  for (const t of tokens(expandCapitals(query))) {
    const forms = [t, ...baseForms(t)];
    const kind = forms.map(kindOf).find((k) => k !== undefined);
    if (kind !== undefined) {
      if (kind !== null && !hints.includes(kind)) hints.push(kind);
      if (kind !== null && t.length >= 3) kindWord = true;
      continue;
    }
    if (forms.some((f) => STOP_WORDS.has(f))) continue;
    if (!content.includes(t)) content.push(t);
  }
  // "индустриальная зона", "СЭЗ ... зона": the specific kind says it all; the generic word adds nothing.
  // A genitive kind word names the owner of what is asked: when the thing itself is no kind of place
  // («Алматы облысының инвестициялары»), the owner is the place meant.
  if (hints.length === 0)
    for (const t of tokens(query)) {
      const owner = modifierKind(t);
      if (owner && !hints.includes(owner)) hints.push(owner);
    }
  const narrowed = hints.some((h) => h !== 'zone' && ZONE_HINTS.has(h)) ? hints.filter((h) => h !== 'zone') : hints;
  return { content, hints: narrowed, kindWord };
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(1, Math.floor(options.limit ?? 10));
  const direct = rank(index, query, options.matched);
  const swapped = (direct[0]?.score ?? 0) >= SURE ? undefined : swapLayout(query);
  if (swapped !== undefined) {
    const other = rank(index, swapped, options.matched);
    // A query typed in the wrong layout reads as nonsense in its own: take the other reading only
    // when it explains clearly more.
    if ((other[0]?.score ?? 0) > (direct[0]?.score ?? 0) + 0.1) return other.slice(0, limit);
  }
  return direct.slice(0, limit);
}

interface Match {
  /** Quality of the best way each query word matched this name's tokens. */
  perWord: Float64Array;
  covered: Set<number>;
}

function rank(index: SearchIndex, query: string, matched?: SearchOptions['matched']): SearchResult[] {
  const { content, hints, kindWord } = analyse(query);
  // A stray letter ("н", "г") is no request for every district or city.
  if (content.length === 0) return kindWord ? byKindOnly(index, hints) : [];

  // Vocabulary tokens each query word reaches, with the quality of the reach.
  const reach = content.map((q) => {
    const known = matched?.get(q);
    if (known) return known;
    const hits = matchWord(index, q);
    matched?.set(q, hits);
    return hits;
  });
  // Neighbouring query words written as one token: "kaz tiger tape" → kaztigertape.
  const spans: Array<{ from: number; to: number; hits: Map<number, number> }> = [];
  const weak = reach.map((hits) => Math.max(0, ...hits.values()) < QUALITY.stem);
  for (let from = 0; from < content.length; from++) {
    let joined = content[from]!;
    for (let to = from + 1; to < Math.min(content.length, from + 3); to++) {
      joined += content[to]!;
      const hits = new Map<number, number>();
      const id = index.tokenIds.get(joined);
      if (id !== undefined) hits.set(id, QUALITY.joined);
      // Typos in a joined form are only worth looking for when its words found nothing sure on their own.
      else if (joined.length >= 6 && weak.slice(from, to + 1).some(Boolean))
        for (const [tid, q] of typos(index, joined)) hits.set(tid, q * QUALITY.joined);
      if (hits.size > 0) spans.push({ from, to, hits });
    }
  }

  // A word weighs as much as the rarity of what it most surely means: "алматы" is the common
  // token almati, not the rarer almatinin it also reaches through a stem.
  const weights = content.map((_, i) =>
    wordWeight(index, [reach[i]!, ...spans.filter((s) => i >= s.from && i <= s.to).map((s) => s.hits)]),
  );
  const totalWeight = weights.reduce((a, b) => a + b, 0);

  const perName = new Map<number, Match>();
  reach.forEach((hits, word) => {
    for (const [id, quality] of hits)
      for (const p of index.postings[id]!) noteMatch(perName, content.length, p.name, word, quality, p.positions);
  });
  for (const s of spans) {
    for (const [id, quality] of s.hits) {
      for (const p of index.postings[id]!)
        for (let w = s.from; w <= s.to; w++) noteMatch(perName, content.length, p.name, w, quality, p.positions);
    }
  }

  // Per entity: the best quality for each word across its names, and its best-covered name.
  const perDoc = new Map<number, { words: Float64Array; nameCover: number }>();
  for (const [n, m] of perName) {
    const entry = index.names[n]!;
    const factor = FIELD_FACTOR[entry.field];
    let d = perDoc.get(entry.doc);
    if (!d) perDoc.set(entry.doc, (d = { words: new Float64Array(content.length), nameCover: 0 }));
    for (let w = 0; w < content.length; w++) d.words[w] = Math.max(d.words[w]!, m.perWord[w]! * factor);
    let cover = nameCoverage(index, entry.tokens, m.covered) * factor;
    // "технопарк ИЯФ" fits the query "ИЯФ" a little less than the name "ИЯФ" does.
    if (entry.kinds.length > 0 && !entry.kinds.some((k) => hints.includes(k))) cover *= UNASKED_KIND;
    d.nameCover = Math.max(d.nameCover, cover);
  }

  explainPlaces(index, perDoc);
  const scores = new Map<number, number>();
  for (const [doc, d] of perDoc) {
    // One generic word that touches a long name ("большое" in "Большая Алматинская кольцевая") is no evidence.
    if (d.nameCover < MIN_NAME_COVER) continue;
    let explained = 0;
    for (let w = 0; w < content.length; w++) explained += weights[w]! * d.words[w]!;
    const score = (explained / totalWeight) * (0.7 + 0.3 * d.nameCover) + kindBonus(index, doc, hints);
    if (score >= ACCEPT) scores.set(doc, score);
  }
  if (scores.size === 0) return [];
  const direct = [...scores].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score);
  const top = direct[0]!.score;
  const ranked = new Map(direct.filter((s) => s.score >= top - CLOSE).map((c) => [c.doc, c.score]));
  // Fuse can lift a candidate by at most FUSE_WEIGHT: only those that close to the best can change places at the top.
  for (const c of reorderByFuse(
    index,
    content.join(' '),
    direct.filter((s) => s.score >= top - FUSE_WEIGHT).slice(0, 30),
  ))
    ranked.set(c.doc, c.score);
  addPlacesContents(index, hints, ranked);
  const all = [...ranked].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  const best = all[0]!.score;
  return all.filter((s) => s.score >= best - CLOSE).map(({ doc, score }) => toResult(index, doc, score));
}

/** The lift for an entity of the kind the query names: full for the first kind named, half for others. */
function kindBonus(index: SearchIndex, doc: number, hints: KindHint[]): number {
  const kinds = index.docKinds[doc]!;
  const first = hints.findIndex((h) => kinds.has(h));
  return first < 0 ? 0 : first === 0 ? KIND_BONUS : KIND_BONUS / 2;
}

const ZONE_HINTS: ReadonlySet<KindHint> = new Set(['sez', 'industrial_zone', 'park', 'zone']);
const PER_LEVEL = 0.97;

/**
 * "Индустриальная зона в Талгаре": a place matched, and the query asks for zones — the zones in
 * that place (and in its districts) are what is meant.
 */
function addPlacesContents(index: SearchIndex, hints: KindHint[], scores: Map<number, number>): void {
  const wanted = hints[0];
  if (wanted === undefined || !ZONE_HINTS.has(wanted)) return;
  // A zone of that kind named outright ("индустриальная зона города Алматы") is the answer itself.
  let named = 0;
  for (const [doc, score] of scores) if (index.docKinds[doc]!.has(wanted)) named = Math.max(named, score);
  for (const [place, score] of [...scores]) {
    if (index.docs[place]!.kind !== 'district' || named >= score) continue;
    let level = [place];
    let found = false;
    for (let depth = 1; depth <= 2 && level.length > 0; depth++) {
      level = level.flatMap((d) => index.children[d]!);
      for (const child of level) {
        if (!index.docKinds[child]!.has(wanted)) continue;
        const derived = (score - kindBonus(index, place, hints)) * PER_LEVEL ** depth + KIND_BONUS;
        if (derived > (scores.get(child) ?? 0)) scores.set(child, derived);
        found = true;
      }
    }
    // The place was the way to its zones, not the answer: it stays listed, below them.
    if (found) scores.set(place, score - KIND_BONUS);
  }
}

const PLACE_QUALITY = 0.8;

/**
 * "Valtherm в Алматы": a word that names the place an entity is in (its zone, district, city or
 * region) is accounted for by that entity too, a little less than by its own name.
 */
function explainPlaces(index: SearchIndex, perDoc: Map<number, { words: Float64Array }>): void {
  for (const [doc, d] of perDoc) {
    for (let up = index.parentOf[doc]!, depth = 0; up >= 0 && depth < 4; up = index.parentOf[up]!, depth++) {
      const place = perDoc.get(up);
      if (!place) continue;
      for (let w = 0; w < d.words.length; w++) d.words[w] = Math.max(d.words[w]!, place.words[w]! * PLACE_QUALITY);
    }
  }
}

/** How much of a name (by token weight) the query accounted for. */
function nameCoverage(index: SearchIndex, nameTokens: string[], covered: Set<number>): number {
  let all = 0;
  let hit = 0;
  nameTokens.forEach((t, p) => {
    const id = index.tokenIds.get(t);
    const w = id === undefined ? index.unknownWeight : index.idf[id]!;
    all += w;
    if (covered.has(p)) hit += w;
  });
  return all > 0 ? hit / all : 0;
}

// The helpers below are module functions, not closures made per search: under tsx (keepNames) every
// closure made is also renamed, which cost a fifth of a search.

function wordWeight(index: SearchIndex, reaches: Array<ReadonlyMap<number, number>>): number {
  let bestQuality = 0;
  let weight = 0;
  for (const hits of reaches) {
    for (const [id, quality] of hits) {
      const idf = index.idf[id]!;
      if (quality > bestQuality + 1e-9) [bestQuality, weight] = [quality, idf];
      else if (Math.abs(quality - bestQuality) <= 1e-9) weight = Math.max(weight, idf);
    }
  }
  return bestQuality > 0 ? weight : index.unknownWeight;
}

function noteMatch(
  perName: Map<number, Match>,
  words: number,
  name: number,
  word: number,
  quality: number,
  positions: number[],
): void {
  let m = perName.get(name);
  if (!m) perName.set(name, (m = { perWord: new Float64Array(words), covered: new Set() }));
  if (quality > m.perWord[word]!) m.perWord[word] = quality;
  for (const p of positions) m.covered.add(p);
}

function offerToken(hits: Map<number, number>, id: number | undefined, quality: number): void {
  if (id !== undefined && quality > (hits.get(id) ?? 0)) hits.set(id, quality);
}

/** Vocabulary tokens a query word may stand for, each with how sure that is. */
function matchWord(index: SearchIndex, q: string): Map<number, number> {
  const hits = new Map<number, number>();
  offerToken(hits, index.tokenIds.get(q), QUALITY.exact);
  const forms = baseForms(q);
  for (const f of forms) offerToken(hits, index.tokenIds.get(f), QUALITY.base);
  for (const f of [q, ...forms]) {
    for (const id of index.byStem.get(f) ?? []) offerToken(hits, id, QUALITY.stem);
    const s = stem(f);
    if (s !== f) for (const id of index.byStem.get(s) ?? []) offerToken(hits, id, QUALITY.stem);
  }
  let best = 0;
  for (const v of hits.values()) best = Math.max(best, v);
  if (best >= QUALITY.stem) return hits;

  if (q.length >= 4)
    for (const id of prefixed(index, q))
      offerToken(hits, id, QUALITY.prefix + 0.2 * (q.length / index.vocabulary[id]!.length));
  for (const [id, quality] of typos(index, q)) offerToken(hits, id, quality);
  return hits;
}

const MAX_PREFIX_HITS = 40;

function prefixed(index: SearchIndex, q: string): number[] {
  const { sorted, vocabulary } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[sorted[mid]!]! < q) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && out.length < MAX_PREFIX_HITS; i++) {
    const token = vocabulary[sorted[i]!]!;
    if (!token.startsWith(q)) break;
    if (token !== q) out.push(sorted[i]!);
  }
  return out;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Scratch counters of shared letter pairs per vocabulary token, zeroed after each use. */
let counts = new Int32Array(0);

/** Tokens within the word's typo budget, found through shared letter pairs and confirmed by edit distance. */
function typos(index: SearchIndex, q: string): Map<number, number> {
  const out = new Map<number, number>();
  const budget = typoBudget(q.length);
  const grams = bigrams(q);
  if (budget === 0) {
    // Three letters leave no room for a typo, but two swapped letters ("ккм" for "кмк") are still the same keys.
    for (const id of index.byBigram.get(grams[0]!) ?? []) {
      const t = index.vocabulary[id]!;
      if (t.length === q.length && t !== q && isSwap(q, t)) out.set(id, QUALITY.swap3);
    }
    return out;
  }
  // An edit spoils at most two letter pairs, a swap of neighbours three.
  const needed = grams.length - 3 * budget;
  if (counts.length < index.vocabulary.length) counts = new Int32Array(index.vocabulary.length);
  const touched: number[] = [];
  for (const g of grams) {
    for (const id of index.byBigram.get(g) ?? []) {
      if (counts[id] === 0) touched.push(id);
      counts[id]! += 1;
    }
  }
  const candidates: number[] = [];
  for (const id of touched) {
    if (counts[id]! >= needed) candidates.push(id);
    counts[id] = 0;
  }
  for (const id of candidates) {
    const t = index.vocabulary[id]!;
    if (Math.abs(t.length - q.length) > budget || t === q) continue;
    const d = editDistance(q, t, budget);
    if (d > 0 && d <= budget && d <= typoBudget(t.length)) out.set(id, d === 1 ? QUALITY.typo1 : QUALITY.typo2);
  }
  return out;
}

function isSwap(a: string, b: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

// Rows of the distance table, reused by every call (the search runs one at a time).
let rowsOf = 0;
let rowA = new Int32Array(0);
let rowB = new Int32Array(0);
let rowC = new Int32Array(0);

/** Edit distance with adjacent swaps counted as one edit; stops early once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rowsOf < m + 1) {
    rowsOf = m + 1;
    [rowA, rowB, rowC] = [new Int32Array(rowsOf), new Int32Array(rowsOf), new Int32Array(rowsOf)];
  }
  let prev2 = rowA.fill(0, 0, m + 1);
  let prev = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  let cur = rowC.fill(0, 0, m + 1);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** A query of kind words only ("СЭЗ", "индустриальные зоны"): the entities of that kind. */
function byKindOnly(index: SearchIndex, hints: KindHint[]): SearchResult[] {
  // The narrowest kind asked for: "индустриальная зона" names industrial zones, not every zone.
  const counts = hints.map((h) => ({ h, n: index.docKinds.filter((k) => k.has(h)).length })).filter((c) => c.n > 0);
  if (counts.length === 0) return [];
  counts.sort((a, b) => a.n - b.n);
  const wanted = counts[0]!.h;
  const out: SearchResult[] = [];
  index.docKinds.forEach((kinds, doc) => {
    if (kinds.has(wanted)) out.push(toResult(index, doc, ACCEPT + 0.1));
  });
  return out;
}

const FUSE_WEIGHT = 0.04;

/**
 * Orders close candidates by Fuse.js similarity of the whole query to their names. Fuse runs on
 * the few candidates only: over a whole store of thousands of names it costs tens of milliseconds.
 */
interface FuseItem {
  doc: number;
  text: string;
  weight: number;
}

/** Each doc's names as Fuse compares them, made once per index rather than for every query. */
const fuseItems = new WeakMap<SearchIndex, FuseItem[][]>();
function fuseItemsOf(index: SearchIndex): FuseItem[][] {
  let byDoc = fuseItems.get(index);
  if (!byDoc) {
    byDoc = index.docs.map(() => []);
    for (const n of index.names)
      byDoc[n.doc]!.push({ doc: n.doc, text: n.tokens.join(' '), weight: FIELD_FACTOR[n.field] });
    fuseItems.set(index, byDoc);
  }
  return byDoc;
}

function reorderByFuse(index: SearchIndex, query: string, candidates: Array<{ doc: number; score: number }>) {
  if (candidates.length < 2) return candidates;
  const byDoc = fuseItemsOf(index);
  const items = candidates.flatMap((c) => byDoc[c.doc]!);
  const fuse = new Fuse(items, {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.45,
    shouldSort: false,
  });
  const closeness = new Map<number, number>();
  for (const r of fuse.search(query)) {
    const value = (1 - (r.score ?? 1)) * r.item.weight;
    if (value > (closeness.get(r.item.doc) ?? 0)) closeness.set(r.item.doc, value);
  }
  return candidates
    .map((c) => ({ doc: c.doc, score: c.score + FUSE_WEIGHT * (closeness.get(c.doc) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** The most a raw score can reach: a full match, of the kind asked for, most similar by Fuse. */
const RAW_MAX = 1 + KIND_BONUS + FUSE_WEIGHT;

function toResult(index: SearchIndex, doc: number, raw: number): SearchResult {
  const d = index.docs[doc]!;
  const score = Math.round((Math.min(raw, RAW_MAX) / RAW_MAX) * 1000) / 1000;
  return { slug: d.slug, kind: d.kind, name_ru: d.name.ru, name_kk: d.name.kk, score };
}
