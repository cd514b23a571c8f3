// Which topic of the regime a question is about: by the stems each topic lists of the words people
// ask about it with, compared as skeletons (any script, endings ignored).
import type { TopicRecord } from '../dataset/schema.ts';
import { kindOf, STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';

export interface TopicIndex {
  topics: ReadonlyArray<{ slug: string; stems: string[] }>;
  bySlug: ReadonlyMap<string, TopicRecord>;
}

/** Stems this short match whole words only: "ндс" is VAT, not the start of a longer word. */
const WHOLE_WORD = 4;

export function topicIndex(topics: readonly TopicRecord[]): TopicIndex {
  return {
    topics: topics.map((t) => ({ slug: t.slug, stems: [...new Set(tokens(t.words))] })),
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

/** The topic most of the question's words point to, with how many did; undefined when none does. */
export function matchTopic(index: TopicIndex, text: string): { slug: string; words: number } | undefined {
  const words = [...new Set(tokens(text))].filter((w) => !STOP_WORDS.has(w) && kindOf(w) === undefined);
  let best: { slug: string; words: number } | undefined;
  for (const topic of index.topics) {
    const hits = words.filter((w) => topic.stems.some((s) => matches(s, w))).length;
    if (hits > 0 && (!best || hits > best.words)) best = { slug: topic.slug, words: hits };
  }
  return best;
}
