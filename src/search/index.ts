// The search index: every name, alias and keyword of every entity, cut into skeleton tokens and
// kept in lookup tables built once — exact tokens, stems, joined neighbours ("city stone" →
// sitistone), letter pairs for typo candidates, and a sorted list for prefixes.
import { expandCapitals, kindOf, STOP_WORDS, stem, type KindHint } from './lexicon.ts';
import { tokens } from './normalize.ts';

export type EntityKind = 'district' | 'zone' | 'company';
export type NameField = 'name' | 'alias' | 'keyword';

export interface SearchDoc {
  slug: string;
  kind: EntityKind;
  /** district_kind for districts, zone_kind for zones, sector for companies. */
  subkind: string;
  name: { ru: string; kk: string; en: string };
  aliases: Array<{ text: string; field: Exclude<NameField, 'name'> }>;
  /** The slug of the place it is in (district, city or zone). */
  parent?: string;
}

export interface NameEntry {
  doc: number;
  field: NameField;
  /** The original text, for re-ranking by whole-string similarity. */
  text: string;
  /** Content tokens: what is left once question words and kind words are set aside. */
  tokens: string[];
  /** Kinds the name's own kind words say ("Талгарский район" → district). */
  kinds: KindHint[];
}

/** One place a vocabulary token occurs: a name and the positions of that name it stands for. */
export interface Posting {
  name: number;
  positions: number[];
}

export interface SearchIndex {
  docs: SearchDoc[];
  names: NameEntry[];
  /** For each doc, the kind words that fit it ("city", "industrial_zone", …). */
  docKinds: Array<ReadonlySet<KindHint>>;
  /** For each doc, the docs whose parent it is. */
  children: number[][];
  /** For each doc, its parent doc, or -1. */
  parentOf: Int32Array;
  tokenIds: Map<string, number>;
  vocabulary: string[];
  postings: Posting[][];
  /** How rare each vocabulary token is across docs: rare tokens identify, common ones barely. */
  idf: Float64Array;
  /** Token weight of a query word found nowhere: a little less telling than the rarest known word. */
  unknownWeight: number;
  byStem: Map<string, number[]>;
  /** Vocabulary ids by the letter pairs of their tokens (see `bigrams`). */
  byBigram: Map<number, number[]>;
  /** Vocabulary ids ordered by token, for prefix lookups. */
  sorted: number[];
}

const KINDS_OF_DOC: Record<string, KindHint[]> = {
  'district:district': ['district'],
  'district:city': ['city'],
  'district:region': ['region'],
  'zone:sez': ['sez', 'zone', 'park'],
  'zone:industrial_zone': ['industrial_zone', 'zone'],
  'zone:small_industrial_park': ['park', 'zone'],
  'zone:science_park': ['park', 'zone'],
  'zone:logistics': ['zone', 'park'],
  'zone:other': ['zone', 'park'],
};

export function kindsOf(doc: Pick<SearchDoc, 'kind' | 'subkind'>): KindHint[] {
  if (doc.kind === 'company') return ['company'];
  return KINDS_OF_DOC[`${doc.kind}:${doc.subkind}`] ?? [];
}

/** Content tokens of a name and the kinds its kind words name; a name of nothing but such words keeps them all. */
export function nameParts(text: string): { tokens: string[]; kinds: KindHint[] } {
  const all = tokens(expandCapitals(text));
  const kinds: KindHint[] = [];
  const content = all.filter((t) => {
    const kind = kindOf(t);
    if (kind) kinds.push(kind);
    return !STOP_WORDS.has(t) && kind === undefined;
  });
  return content.length > 0 ? { tokens: content, kinds } : { tokens: all, kinds: [] };
}

/** The distinct letter pairs of a token, with its start and end as pairs too, as numbers. */
export function bigrams(token: string): number[] {
  const out = new Set<number>();
  let previous = 0; // the start of the word
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i) + 1;
    out.add(previous * 65_537 + code);
    previous = code;
  }
  out.add(previous * 65_537); // the end of the word
  return [...out];
}

const UNKNOWN_SHARE = 0.6;

export function buildIndex(docs: SearchDoc[]): SearchIndex {
  const names: NameEntry[] = [];
  docs.forEach((doc, d) => {
    const seen = new Set<string>();
    const add = (text: string, field: NameField) => {
      const parts = nameParts(text);
      const key = `${field}|${parts.tokens.join(' ')}|${parts.kinds.join(' ')}`;
      if (parts.tokens.length === 0 || seen.has(key)) return;
      seen.add(key);
      names.push({ doc: d, field, text, ...parts });
    };
    add(doc.name.ru, 'name');
    add(doc.name.kk, 'name');
    add(doc.name.en, 'name');
    for (const a of doc.aliases) add(a.text, a.field);
  });

  const tokenIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const postings: Posting[][] = [];
  const docsOf: Array<Set<number>> = [];
  const post = (token: string, name: number, positions: number[]) => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = vocabulary.length;
      tokenIds.set(token, id);
      vocabulary.push(token);
      postings.push([]);
      docsOf.push(new Set());
    }
    postings[id]!.push({ name, positions });
    docsOf[id]!.add(names[name]!.doc);
  };
  names.forEach((entry, n) => {
    entry.tokens.forEach((t, p) => post(t, n, [p]));
    // Neighbours written together: "City Stone" is also "citystone", "Kaz Tiger Tape" "kaztigertape".
    for (let p = 0; p + 1 < entry.tokens.length; p++) post(entry.tokens[p]! + entry.tokens[p + 1]!, n, [p, p + 1]);
    if (entry.tokens.length > 2)
      post(
        entry.tokens.join(''),
        n,
        entry.tokens.map((_, p) => p),
      );
  });

  const idf = new Float64Array(vocabulary.length);
  docsOf.forEach((set, id) => (idf[id] = Math.log(1 + docs.length / set.size)));
  const byStem = new Map<string, number[]>();
  const byBigram = new Map<number, number[]>();
  vocabulary.forEach((token, id) => {
    const s = stem(token);
    if (s !== token) push(byStem, s, id);
    for (const bg of bigrams(token)) push(byBigram, bg, id);
  });
  const sorted = vocabulary.map((_, id) => id).sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  const docKinds = docs.map((doc) => new Set(kindsOf(doc)));
  const position = new Map(docs.map((doc, i) => [doc.slug, i]));
  const children: number[][] = docs.map(() => []);
  const parentOf = new Int32Array(docs.length).fill(-1);
  docs.forEach((doc, i) => {
    const parent = doc.parent === undefined ? undefined : position.get(doc.parent);
    if (parent === undefined || parent === i) return;
    children[parent]!.push(i);
    parentOf[i] = parent;
  });
  return {
    docs,
    names,
    docKinds,
    children,
    parentOf,
    tokenIds,
    vocabulary,
    postings,
    idf,
    // An unknown word may be a typo of something the store lacks or a word the lexicon lacks; it
    // outweighs a common name ("погода в Алматы") but not a rare one ("газоблоки от Высотника").
    unknownWeight: UNKNOWN_SHARE * Math.log(1 + Math.max(docs.length, 1)),
    byStem,
    byBigram,
    sorted,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
