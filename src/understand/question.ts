// What a message asks, before it is searched as a name: small talk, or a figure of an entity (the
// measure asked, and a year), with the entity found among the other words of the question. Words are
// compared as the search compares them (skeletons: Kazakh, Russian and Latin spellings alike), and a
// measure word matches by its stem, so endings and most typing variants need no listing.
import type { Metric } from '../dataset/schema.ts';
import { ACCEPT } from '../search/engine.ts';
import type { SearchIndex } from '../search/index.ts';
import { baseForms, kindOf, STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { compareAsked } from './compare.ts';
import { keyOf, rankFacts, type FactIndex, type RankedFact } from './facts.ts';
import { listAsked, type ListAsked } from './list.ts';
import { measureOf } from './measures.ts';
import {
  isOnlyName,
  Names,
  namedIn,
  withoutName,
  namesFound,
  namesUnknown,
  questionWords,
  toSet,
  YEAR,
} from './names.ts';
import { needOf, type Need } from './need.ts';
import { isTopicWord, matchTopic, type TopicIndex } from './topics.ts';

/** What the question is read against: the names, the topics and the figures of the store. */
export interface Knowledge {
  index: SearchIndex;
  topics?: TopicIndex;
  facts?: FactIndex;
}

export type SmallTalk = 'hello' | 'thanks' | 'who' | 'bye';

export type Understanding =
  | { kind: 'smalltalk'; talk: SmallTalk }
  | {
      kind: 'figure';
      slug: string;
      /** The measures the question names. */
      metrics: Metric[];
      /** Whether it asks for data the sources never give (wages, prices). */
      noData: boolean;
      year: number | undefined;
      /** The figures that answer it («metric|scope» of the entity's facts), best first; none when it has none. */
      facts: string[];
    }
  /** A need, and the topic it also asks about («…будут ли льготы?», «…с чего начать?»). */
  | { kind: 'need'; need: Need; topic?: string }
  /** Zones to set side by side, as named (none: they are picked next; not zones: the answer says so). */
  | { kind: 'compare'; slugs: string[] }
  | ListAsked
  | { kind: 'topic'; slug: string }
  /** A question about something the store knows nothing of («какая погода завтра в Алматы»). */
  | { kind: 'outside' }
  | { kind: 'search' };

/** A name the search is this sure of is what was asked, unless the question is surely about a topic. */
const SURE_NAME = 0.75;
/** A topic this sure, asked beside a need, is answered before its guide starts. */
const TOPIC_WITH_NEED = 4;
/** A topic this sure (two of its words, or one and words of its text) is what was asked. */
const SURE_TOPIC = 6;
// Words of asking whether something may or must be done, or what something is.
const conditionWords = toSet(
  'может ли можно могут нужно надо должен обязан такое что бола ма ме мa керек пе деген қалай калай ' +
    'can may must should allowed need what',
);

// Words that ask for an amount: with a name, the question is for one of its figures, whatever it counts.
const AMOUNT_WORDS = 'сколько скольк скока сколко канша қанша неше нешe many much';

// Messages that are only small talk (every word of them one of these, or a stop word).
const TALK_WORDS: Array<[SmallTalk, string]> = [
  [
    'hello',
    'привет здравствуй здравствуйте салам салем сәлем сәлеметсіз салеметсиз hello hi hey добрый доброе день вечер утро қайырлы кайырлы таң кеш күн кун',
  ],
  ['thanks', 'спасибо благодарю рахмет рақмет thanks thank you спс'],
  ['who', 'кто ты вы сен сіз сиз кімсің кимсин кімсіз who are you what can умеешь можешь істей істейсің'],
  ['bye', 'пока свидания сау бол bye goodbye'],
];

// Words that go with small talk of any kind («спасибо большое, помогло», "thanks a lot, great").
const TALK_COMPANIONS = toSet(
  'большое огромное очень много всё все помогло помогли помог полезно отлично супер хорошо ладно понятно ясно класс ' +
    'көп үлкен көмектесті көмектестіңіз керемет жақсы түсінікті түсіндім ' +
    'lot so much very great helpful helped ok okay cool nice good got it',
);

const amountWords = toSet(AMOUNT_WORDS);

const countWords = toSet('many');
const talkWords = TALK_WORDS.map(([talk, words]) => [talk, toSet(words)] as const);

/** The small talk a message is, when it is nothing else. */
function smallTalk(words: string[]): SmallTalk | undefined {
  if (words.length === 0 || words.length > 5) return undefined;
  for (const [talk, set] of talkWords) {
    const fits = (w: string) => set.has(w) || TALK_COMPANIONS.has(w) || STOP_WORDS.has(w) || questionWords.has(w);
    if (words.some((w) => set.has(w)) && words.every(fits)) return talk;
  }
  return undefined;
}

export function understand(k: Knowledge, text: string): Understanding {
  const { index, topics, facts } = k;
  const names = new Names(index);
  const knows = (w: string) => isKnownWord(k, w);
  const words = tokens(text);
  const talk = smallTalk(words);
  if (talk) return { kind: 'smalltalk', talk };
  // «Сравни ПИТ и Кайрат» names places and measures, but asks for neither a card nor a figure.
  const compared = compareAsked(index, text);
  if (compared) return { kind: 'compare', slugs: compared };
  const topic = topics && matchTopic(topics, text);
  const asking = text.includes('?') || words.some((w) => questionWords.has(w) || conditionWords.has(w));
  const onlyName = !asking && isOnlyName(names, text, SURE_NAME);
  const sureTopic =
    !onlyName && topic && topic.score >= SURE_TOPIC ? ({ kind: 'topic', slug: topic.slug } as const) : undefined;
  // A wish with something of what is wanted («хочу завод…, инвестиции 5 млрд») is a need, though it
  // names a measure and a place; one with an area («I need 300 m² of workshop space») surely is.
  const need = needOf(names, text);
  const alsoAsked = asking && topic && topic.score >= TOPIC_WITH_NEED ? { topic: topic.slug } : {};
  if (need?.land) return { kind: 'need', need, ...alsoAsked };
  // «Может ли…», «деген не», "what is…": a condition or a definition, which a topic answers.
  if (sureTopic && words.some((w) => conditionWords.has(w)))
    return need ? { kind: 'need', need, topic: sureTopic.slug } : sureTopic;
  if (need) return { kind: 'need', need, ...alsoAsked };
  const figures = facts ?? { docs: [], weight: {} };
  // «Какие проекты…» asks for the projects, though «проекты» is also a measure.
  // "What were the 9 projects … worth, and how many jobs?" asks for figures of the projects, not for them.
  const asksFigure = words.some((w) => amountWords.has(w) || measureOf(w)?.includes('investment'));
  const list = asksFigure ? undefined : listAsked(names, figures, text, knows);
  if (list) return list;
  // A figure of no entity named does not answer a question a topic surely does («на сколько лет
  // освобождение от КПН при проекте 14,5 млн МРП»).
  const figure = figureAsked(names, figures, text, knows, !sureTopic);
  // A figure the sources do not give is not the answer when a topic is ("сколько стоит аренда…"), by
  // words other than the entity's name («участники СЭЗ Астана-Технополис» is not the list of SEZs).
  const topicBeyondName =
    topics &&
    sureTopic &&
    figure?.kind === 'figure' &&
    (matchTopic(topics, withoutName(index, figure.slug, text))?.score ?? 0) >= SURE_TOPIC;
  if (figure && (figure.kind !== 'figure' || figure.facts.length > 0 || figure.noData || !topicBeyondName))
    return figure;
  if (
    topic &&
    // A figure asked of a zone the store does not hold («участники СЭЗ Павлодар») is not a topic.
    !(words.some((w) => measureOf(w) !== undefined) && namesUnknown(names, text, knows)) &&
    (sureTopic || (names.best(text)?.score ?? 0) < SURE_NAME)
  )
    return { kind: 'topic', slug: topic.slug };
  // Words the store knows nothing of, beside no more than a place («погода завтра в Алматы»): out of scope.
  if (asking && unknownWords(k, words).length > 0) {
    const subject = namesFound(names, [text.split(/\s+/)]).some(
      (f) => f.worth >= SURE_NAME && index.docs.find((d) => d.slug === f.slug)?.kind !== 'district',
    );
    if (!subject) return { kind: 'outside' };
  }
  return { kind: 'search' };
}

/**
 * The measures a message names, for staff reading what got no answer: metrics, and `unsourced` for
 * data no source gives (wages, prices).
 */
export function measuresNamed(text: string): string[] {
  const named = tokens(text).flatMap((w): string[] => {
    const metrics = measureOf(w);
    return metrics === undefined ? [] : metrics.length === 0 ? ['unsourced'] : [...metrics];
  });
  return [...new Set(named)];
}

/**
 * Words that are in no name, figure or topic of the store, and are no measure, kind or question word
 * (the search's stop words are not skipped: «погода», «завтра» are among them).
 */
function unknownWords(k: Knowledge, words: string[]): string[] {
  return words.filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !isKnownWord(k, w));
}

/** Whether a word is a question or kind word, a measure, or a word of some name, figure or topic of the store. */
function isKnownWord({ index, topics, facts }: Knowledge, w: string): boolean {
  return (
    questionWords.has(w) ||
    conditionWords.has(w) ||
    kindOf(w) !== undefined ||
    measureOf(w) !== undefined ||
    [w, ...baseForms(w)].some((f) => index.tokenIds.has(f)) ||
    keyOf(w) in (facts?.weight ?? {}) ||
    (topics !== undefined && (topics.weight.has(keyOf(w)) || isTopicWord(topics, w)))
  );
}

/** What a figure's own words must weigh for it to answer a question that names another measure. */
const SAID_FOR_OTHER = 4;
/** Of the figures found, those within this share of the best one's weight are answered with it. */
const CLOSE = 0.6;
/** Units of figures that are not amounts. */
const WORDED: ReadonlySet<string> = new Set(['text', 'date']);
/** What the figures of the set a question quotes by its number gain. */
const QUOTED = 4;
/** What a figure of the year asked gains. */
const YEAR_ASKED = 3;
/** With no name in the question, what the best figure's own words must weigh for it to be the answer. */
const SAID_ALONE = 6;
/** …and what its words other than measures and kinds of place must weigh. */
const SAID_TELLING = 3;
/** Words of an unknown price («стоит гектар», "cost per m²"): a cost followed by one of these is a price. */
const PER_UNIT = toSet('гектар гектара сотка сотки квадрат метр м2 hectare sqm square шаршы');

/**
 * A figure the question asks for: an amount asked or a measure named, and an entity among the
 * other words — or, with no name, a figure whose own words the question has.
 */
function figureAsked(
  names: Names,
  facts: FactIndex,
  text: string,
  known: (token: string) => boolean,
  alone: boolean,
): Understanding | undefined {
  const metrics = new Set<Metric>();
  let measured = false;
  let noData = false;
  // The runs of words left when measures, question words and years are taken out: where names are.
  const runs: string[][] = [[]];
  // Words of the name the whole message matches are that name, not a measure ("KMK Investment").
  const whole = names.best(text);
  const nameWords = new Set(whole && whole.score >= ACCEPT ? tokens(`${whole.name_ru} ${whole.name_kk}`) : []);
  const raws = text.split(/\s+/);
  raws.forEach((raw, i) => {
    const ws = tokens(raw);
    const measure = ws.every((w) => nameWords.has(w)) ? undefined : ws.map(measureOf).find((m) => m !== undefined);
    if (measure) {
      measured = true;
      // A cost per hectare or per metre is a price, which the sources never give.
      const perUnit = tokens(raws[i + 1] ?? '').some((w) => PER_UNIT.has(w));
      if (measure.length === 0 || (measure.includes('investment') && perUnit)) noData = true;
      else measure.forEach((m) => metrics.add(m));
    }
    const other = measure !== undefined || YEAR.test(raw) || ws.every((w) => questionWords.has(w));
    if (other) runs.push([]);
    else runs.at(-1)!.push(raw);
  });
  const asksAmount = tokens(text).some((w) => amountWords.has(w));
  // "How many investment projects": a count, not a sum.
  const counted = raws.findIndex((raw) => tokens(raw).some((w) => countWords.has(w)));
  const countsInvestment =
    counted >= 0 && tokens(raws[counted + 1] ?? '').some((w) => measureOf(w)?.includes('investment'));
  if (countsInvestment && metrics.size > 1) metrics.delete('investment');
  // What rent costs, its price, is the rent.
  if (metrics.has('rent')) {
    metrics.delete('investment');
    noData = false;
  }
  if (!measured && !asksAmount) return undefined;
  // A name in the question that the store does not know ("Coca-Cola", "Tesla"), even inside the stretch
  // that matched: the question is about that, and the entity found is only its place.
  if (namesUnknown(names, text, known)) return undefined;
  const named = namedIn(names, runs);
  const year = Number(YEAR.exec(text)?.[1]) || undefined;
  // Numbers the question quotes, other than its year («14 реализованных проектов»).
  const quoted = new Set(
    [...text.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,]?\d)/g)]
      .map((m) => Number(m[0].replace(',', '.')))
      .filter((n) => n !== year),
  );
  // A measure the sources never give outweighs one they do ("жұмысшылардың жалақысы" is about wages).
  if (noData) return named && { kind: 'figure', slug: named.slug, metrics: [], noData, year: undefined, facts: [] };
  // The question's own words, less the name found and the words of asking.
  const own = tokens(text).filter(
    (w) => !STOP_WORDS.has(w) && !questionWords.has(w) && !named?.words.has(w) && !/^\d+$/.test(w),
  );
  const keys = [...new Set(own.map(keyOf))];
  // A figure of a measure named answers; one of another measure only when it says what was asked.
  // "How many" is answered with a number, not with a text or a date.
  const taken = (f: RankedFact) =>
    (!asksAmount || !WORDED.has(f.doc.unit)) &&
    (metrics.has(f.doc.metric as Metric) || f.said >= (metrics.size > 0 ? SAID_FOR_OTHER : Number.MIN_VALUE));
  const answer = (slug: string): Understanding => {
    const found = rankFacts(facts, keys, metrics, (e) => e === slug).filter(taken);
    return {
      kind: 'figure',
      slug,
      metrics: [...metrics],
      noData,
      year,
      facts: answering(found, metrics, year, quoted),
    };
  };
  if (named) {
    const answered = answer(named.slug);
    // «Сколько стоит квартира в Алматы»: only a place named, none of its figures fits, and words the
    // store does not know: a question about something else there, not about the place.
    const placeOnly = names.index.docs.find((d) => d.slug === named.slug)?.kind === 'district';
    const unknown = own.some((w) => w.length >= 3 && !known(w) && !named.words.has(w));
    return placeOnly && unknown && answered.kind === 'figure' && answered.facts.length === 0 ? undefined : answered;
  }
  if (!alone) return undefined;
  // No name: the figure whose own words the question has, if it says enough that is neither a
  // measure nor a kind of place ("участники СЭЗ" is said by every zone's figure of participants).
  const specific = [...new Set(own.filter((w) => measureOf(w) === undefined && kindOf(w) === undefined).map(keyOf))];
  const [best] = rankFacts(facts, keys, metrics, () => true).filter(taken);
  const [telling] = best ? rankFacts(facts, specific, new Set(), (e) => e === best.doc.entity) : [];
  if (!best || best.said < SAID_ALONE || !telling || telling.said < SAID_TELLING) return undefined;
  return answer(best.doc.entity);
}

/**
 * The keys of the figures that answer, each once: of the measures named when the entity has them,
 * the year's when a year was asked, and of those the ones close to the best.
 */
function answering(
  found: RankedFact[],
  metrics: ReadonlySet<string>,
  year: number | undefined,
  quoted: ReadonlySet<number>,
): string[] {
  const ofMetric = found.filter((f) => metrics.has(f.doc.metric));
  const ofYear = (f: RankedFact) =>
    year !== undefined && (f.doc.asOf.startsWith(String(year)) || f.doc.scope.includes(String(year)));
  // The scope of a figure the question quotes («the 9 projects planned…»): the others asked of the same set.
  const quotedScopes = new Set(
    found.filter((f) => f.doc.amount !== undefined && quoted.has(f.doc.amount)).map((f) => f.doc.scope),
  );
  const score = (f: RankedFact) =>
    f.said + f.named + (ofYear(f) ? YEAR_ASKED : 0) + (quotedScopes.has(f.doc.scope) ? QUOTED : 0);
  const pool = (ofMetric.length > 0 ? ofMetric : found).sort((a, b) => score(b) - score(a));
  const top = pool[0] ? score(pool[0]) : 0;
  return [...new Set(pool.filter((f) => score(f) >= CLOSE * top).map((f) => `${f.doc.metric}|${f.doc.scope}`))];
}
