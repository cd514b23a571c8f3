// Which topic of the regime a question is about: by the stems each topic lists of the words people
// ask about it with, and by the words of its own title and answer in three languages (rare ones
// weighing more), compared as skeletons (any script, endings ignored).
import type { TopicRecord } from '../dataset/schema.ts';
import { kindOf, STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { keyOf } from './facts.ts';

export interface TopicIndex {
  topics: ReadonlyArray<{ slug: string; stems: string[]; keys: ReadonlySet<string> }>;
  /** How rare each key is among the topics' texts. */
  weight: ReadonlyMap<string, number>;
  /** The weight of a word only one topic's text says. */
  rarest: number;
  bySlug: ReadonlyMap<string, TopicRecord>;
}

/** What one of the words a topic lists weighs, against the words of its text. */
const LISTED = 2;
/** For a topic none of whose listed words the question has: how many words only its text says the
 * question's words must weigh as. */
const SAID_ALONE = 2.5;

/** Stems this short match whole words only: "ндс" is VAT, not the start of a longer word. */
const WHOLE_WORD = 4;

/** The keys of a text's words, numbers kept: «7, 15 и 25 лет» are what a question about the terms says. */
const keysOf = (text: string) =>
  new Set(
    tokens(text)
      .filter((t) => !STOP_WORDS.has(t))
      .map(keyOf),
  );

export function topicIndex(topics: readonly TopicRecord[]): TopicIndex {
  const indexed = topics.map((t) => ({
    slug: t.slug,
    stems: [...new Set(tokens(t.words))],
    keys: keysOf([...Object.values(t.title), ...Object.values(t.answer)].join(' ')),
  }));
  const count = new Map<string, number>();
  for (const t of indexed) for (const k of t.keys) count.set(k, (count.get(k) ?? 0) + 1);
  const weight = new Map([...count].map(([k, n]) => [k, Math.log(1 + indexed.length / n)]));
  return {
    topics: indexed,
    weight,
    rarest: Math.log(1 + indexed.length),
    bySlug: new Map(topics.map((t) => [t.slug, t])),
  };
}

// A long stem's last letter may change with an ending in the skeleton ("document" → "dokument",
// "documents" → "dokumens"): it is left out of the comparison.
const matches = (stem: string, word: string) =>
  stem.length < WHOLE_WORD ? word === stem : word.startsWith(stem.length >= 6 ? stem.slice(0, -1) : stem);

/** Whether a word is one that some topic is asked about with ("Хоргос" is a topic, not an unknown name). */
export function isTopicWord(index: TopicIndex, word: string): boolean {
  return index.topics.some((t) => t.stems.some((s) => matches(s, word)));
}

export interface TopicMatch {
  slug: string;
  /** How many of the question's words are words the topic lists. */
  words: number;
  /** Those, and the weight of the question's words its text has. */
  score: number;
}

/** The topic the question's words point to most; undefined when none does. */
export function matchTopic(index: TopicIndex, text: string): TopicMatch | undefined {
  const words = [...new Set(tokens(text))].filter((w) => !STOP_WORDS.has(w) && kindOf(w) === undefined);
  const keys = [...new Set(words.map(keyOf))];
  let best: TopicMatch | undefined;
  for (const topic of index.topics) {
    const hits = words.filter((w) => topic.stems.some((s) => matches(s, w))).length;
    const said = keys.reduce((n, k) => n + (topic.keys.has(k) ? (index.weight.get(k) ?? 0) : 0), 0);
    if (hits === 0 && said < SAID_ALONE * index.rarest) continue;
    const score = LISTED * hits + said;
    if (!best || score > best.score) best = { slug: topic.slug, words: hits, score };
  }
  return best;
}
