// What a message asks, before it is searched as a name: small talk, or a figure of an entity (the
// measure asked, and a year), with the entity found among the other words of the question. Words are
// compared as the search compares them (skeletons: Kazakh, Russian and Latin spellings alike), and a
// measure word matches by its stem, so endings and most typing variants need no listing.
import type { Metric } from '../dataset/schema.ts';
import { ACCEPT, search } from '../search/engine.ts';
import type { SearchIndex } from '../search/index.ts';
import { kindOf, STOP_WORDS } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { needOf, type Need } from './need.ts';
import { isTopicWord, matchTopic, type TopicIndex } from './topics.ts';

export type SmallTalk = 'hello' | 'thanks' | 'who' | 'bye';

export type Understanding =
  | { kind: 'smalltalk'; talk: SmallTalk }
  | { kind: 'figure'; slug: string; metrics: Metric[]; year: number | undefined }
  | { kind: 'need'; need: Need }
  | { kind: 'topic'; slug: string }
  | { kind: 'search' };

/** A name the search is this sure of is what was asked, unless two or more words name a topic. */
const SURE_NAME = 0.75;

// Stems of the words that name what a figure measures, in Russian, Kazakh and English. A word of the
// question names a measure when its skeleton starts with one of the measure's stems.
const MEASURE_WORDS: Array<[Metric[], string]> = [
  [['participants'], 'участник участни резидент катысушы қатысушы participant resident member'],
  [['companies', 'enterprises'], 'компани касипорын кәсіпорын предприяти company companies firms'],
  [['investment'], 'инвест вложен стоимост стоит стоил стоят сумм куны құны invest cost worth'],
  [['jobs'], 'рабочи жумыс жұмыс орын орны jobs job'],
  [['employees'], 'сотрудник работник штат кызметкер қызметкер employee staff workers'],
  [['area'], 'гектар площад территори аумак аумағ hectare area'],
  [['free_land'], 'свобод бос free vacant'],
  [['occupancy'], 'заполн загруж occupan fill толу толған'],
  [['projects'], 'проект жоба жобал project'],
  [['capacity', 'output'], 'мощност куат қуат capacity тонн tonne tons'],
  [['output', 'production'], 'выпуск продукц производ онім өнім шығар шыгар output produce'],
  [['export'], 'экспорт export'],
  [['tax_share'], 'налог салык салық tax'],
  [['term_end'], 'срок мерзим мерзім term expire'],
  [['launch_date'], 'запуск запущ ашыл іске иске launch'],
];

// Measures the sources never give (wages, prices, exchange rates): asked, they are answered "no data".
const NO_DATA_WORDS = 'жалақ зарплат оклад salary salaries wage wages цена цены баға бага price prices курс rate';

// Words of a question that are neither a name nor a measure ("сколько", "қанша", "how much", "was").
const QUESTION_WORDS =
  'сколько скольк какой какая какое какие каков какова каково всего был была было были будет будут есть сейчас ' +
  'году год года годах занимает занимал занимала составляет составила составил дадут даст создадут создаст ' +
  'канша қанша неше кандай қандай болды болган болған болады бар жылы жыл жылғы жылгы ' +
  'how many much what whats which was were is are does did do will has have there in the of a an by ' +
  'total number create created planned plan казахстан қазақстан kazakhstan';

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

const toSet = (text: string) => new Set(text.split(/\s+/).flatMap((w) => (w ? tokens(w) : [])));
const measureStems = [
  ...MEASURE_WORDS.map(([metrics, words]) => [metrics, [...toSet(words)]] as const),
  [[] as Metric[], [...toSet(NO_DATA_WORDS)]] as const,
];
const questionWords = toSet(QUESTION_WORDS);
const talkWords = TALK_WORDS.map(([talk, words]) => [talk, toSet(words)] as const);

/** The metrics a word names, if any. */
function measureOf(token: string): readonly Metric[] | undefined {
  // Short stems ("бос", "fill") only as whole words, so that names starting with them stay names
  // ("құны", cost, is also "күні", day, without Kazakh letters); those of data never given from four.
  return measureStems.find(([metrics, stems]) =>
    stems.some((s) => (s.length < (metrics.length === 0 ? 4 : 5) ? token === s : token.startsWith(s))),
  )?.[0];
}

/** The longest name looked for among a question's words («Парк инновационных технологий «Алатау»»: 4). */
const MAX_NAME_WORDS = 5;

const isNameWord = (token: string) => !STOP_WORDS.has(token) && kindOf(token) === undefined;

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/;

/** The small talk a message is, when it is nothing else. */
function smallTalk(words: string[]): SmallTalk | undefined {
  if (words.length === 0 || words.length > 5) return undefined;
  for (const [talk, set] of talkWords) {
    if (words.some((w) => set.has(w)) && words.every((w) => set.has(w) || STOP_WORDS.has(w) || questionWords.has(w)))
      return talk;
  }
  return undefined;
}

export function understand(index: SearchIndex, text: string, topics?: TopicIndex): Understanding {
  const words = tokens(text);
  const talk = smallTalk(words);
  if (talk) return { kind: 'smalltalk', talk };
  // A wish with something of what is wanted («хочу завод…, инвестиции 5 млрд») is a need, though it
  // names a measure and a place.
  const need = needOf(index, text);
  if (need) return { kind: 'need', need };
  const figure = figureAsked(index, text);
  if (figure) return figure;
  const topic = topics && matchTopic(topics, text);
  if (
    topic &&
    // A figure asked of a zone the store does not hold («участники СЭЗ Павлодар») is not a topic.
    !(words.some((w) => measureOf(w) !== undefined) && namesUnknown(index, text, (w) => isTopicWord(topics, w))) &&
    (topic.words >= 2 || (search(index, text, { limit: 1 })[0]?.score ?? 0) < SURE_NAME)
  )
    return { kind: 'topic', slug: topic.slug };
  return { kind: 'search' };
}

/**
 * Whether the question names something the store does not know: a word written as a name (capitalised
 * past the first word, or Latin among Cyrillic) that names nothing, and that `known` does not take.
 */
function namesUnknown(index: SearchIndex, text: string, known: (token: string) => boolean = () => false): boolean {
  const raws = text.trim().split(/\s+/);
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  return raws.some((raw, i) => {
    const ws = tokens(raw).filter(isNameWord);
    if (ws.length === 0 || ws.some((w) => questionWords.has(w) || measureOf(w) !== undefined || known(w))) return false;
    const looksLikeName = (/^\p{Lu}/u.test(raw) && i > 0) || (cyrillic && /^\p{Script=Latin}/u.test(raw));
    return looksLikeName && (search(index, raw, { limit: 1 })[0]?.score ?? 0) < ACCEPT;
  });
}

/** A figure of an entity the question asks for: a measure named, and an entity among the other words. */
function figureAsked(index: SearchIndex, text: string): Understanding | undefined {
  const metrics = new Set<Metric>();
  let measured = false;
  // The runs of words left when measures, question words and years are taken out: where names are.
  const runs: string[][] = [[]];
  // Words of the name the whole message matches are that name, not a measure ("KMK Investment").
  const whole = search(index, text, { limit: 1 })[0];
  const nameWords = new Set(whole && whole.score >= ACCEPT ? tokens(`${whole.name_ru} ${whole.name_kk}`) : []);
  for (const raw of text.split(/\s+/)) {
    const ws = tokens(raw);
    const measure = ws.every((w) => nameWords.has(w)) ? undefined : ws.map(measureOf).find((m) => m !== undefined);
    if (measure) {
      measured = true;
      measure.forEach((m) => metrics.add(m));
    }
    const other = measure !== undefined || YEAR.test(raw) || ws.every((w) => questionWords.has(w));
    if (other) runs.push([]);
    else runs.at(-1)!.push(raw);
  }
  // A measure the sources never give outweighs one they do ("жұмысшылардың жалақысы" is about wages).
  if (!measured) return undefined;
  const noData = text.split(/\s+/).some((raw) => tokens(raw).some((w) => measureOf(w)?.length === 0));
  // The longest stretch of words that names something wins: "ПИТ Алатау" over the "Алатау" in it.
  let best: { slug: string; score: number; size: number } | undefined;
  for (const run of runs.filter((r) => r.length > 0)) {
    for (let size = Math.min(run.length, MAX_NAME_WORDS); size >= 1 && (!best || size >= best.size); size--) {
      for (let at = 0; at + size <= run.length; at++) {
        const window = run.slice(at, at + size).join(' ');
        // Kind words alone ("СЭЗ", "индустриальная зона") name no zone in particular: "СЭЗ в Шымкенте"
        // is not a question about the one SEZ the store holds.
        if (!tokens(window).some(isNameWord)) continue;
        const [hit] = search(index, window, { limit: 1 });
        if (hit && hit.score >= ACCEPT && (!best || size > best.size || hit.score > best.score))
          best = { slug: hit.slug, score: hit.score, size };
      }
    }
  }
  if (!best) return undefined;
  // A name in the question that the store does not know ("Coca-Cola", "Tesla"), even inside the stretch
  // that matched: the question is about that, and the entity found is only its place.
  if (namesUnknown(index, text)) return undefined;
  if (noData) return { kind: 'figure', slug: best.slug, metrics: [], year: undefined };
  return { kind: 'figure', slug: best.slug, metrics: [...metrics], year: Number(YEAR.exec(text)?.[1]) || undefined };
}
