// A question for a list («какие индустриальные зоны в Жамбылском районе», "what is being built in
// Alatau city", «кто в промзоне Алматы делает газобетон»): what kind of entity is listed, in which
// places, and which of them fit what else the question says — read from their figures' own words
// and their sector.
import { sectorFromText } from '../guide/sectors.ts';
import { baseForms, kindOf as kindOfForm, STOP_WORDS, type KindHint } from '../search/lexicon.ts';
import { tokens } from '../search/normalize.ts';
import { keyOf, type FactIndex } from './facts.ts';
import { isInside, namesUnknown, placesIn, questionWords, toSet, YEAR, type Names } from './names.ts';

export const LISTED = ['zone', 'company', 'district'] as const;
export type Listed = (typeof LISTED)[number];

export interface ListAsked {
  kind: 'list';
  of: Listed;
  /** The places named, in the order of the question; none when the question names none. */
  places: string[];
  /** The entities that fit, best first, each with the figure («metric|scope») that shows why, if any. */
  members: Array<{ slug: string; fact: string | undefined }>;
}

// Words that ask for a list, and the words for the things listed.
const LIST_WORDS = toSet(
  'какие каких каким какой какая кто перечисли перечень список назови назовите қандай кандай қай кай кімдер ' +
    'кимдер which what who list name',
);
const COMPANY_WORDS = toSet(
  'компании компаний компаниями предприятия предприятий кәсіпорын кәсіпорындар касипорындар проекты проектов ' +
    'жобалар жобалары кешендер кешен комплексы комплекс заводы заводов зауыттар фирмы производители ' +
    'companies company projects plants factories firms producers',
);
// Words of who does something: «кто делает», "who makes".
const WHO_WORDS = toSet('кто кім ким who');
// Words of a stage, and the status value the figures say it with.
const STATUS_WORDS: Array<[string, ReturnType<typeof toSet>]> = [
  [
    'operating',
    toSet('запущен запущены запущено работают работает действующие іске қосылған қосылды launched operating working'),
  ],
  ['under_construction', toSet('строятся строится строящиеся салынып салынуда built building construction')],
  ['planned', toSet('планируются планируется запланированы жоспарланған жоспарлануда planned')],
];
const ZONE_KINDS: ReadonlySet<KindHint> = new Set(['sez', 'industrial_zone', 'park', 'zone']);

/** How far after the word of asking the kind of thing listed is looked for. */
const NEXT_WORDS = 3;
/** Of the members found, those whose fit is within this share of the best one's. */
const CLOSE = 0.5;
/** What the best member's fit must reach for the list to be cut to those that fit. */
const FIT_MIN = 4;
/** With no place named, the share of the question's other words the companies listed must say. */
const COVERED = 0.6;
/** How sure a place's name must be: "аудандарда" alone names no district. */
const SURE_PLACE = 0.7;
/** A list gives at most this many. */
const MAX_MEMBERS = 20;

/** The kind a word names, with its endings or without («аудандарда»). */
const kindOf = (w: string) => [w, ...baseForms(w)].map(kindOfForm).find((k) => k !== undefined);

const isCompanyWord = (w: string) =>
  COMPANY_WORDS.has(w) || [...COMPANY_WORDS].some((c) => c.length >= 6 && w.startsWith(c));

export function listAsked(
  names: Names,
  facts: FactIndex,
  text: string,
  known: (token: string) => boolean,
): ListAsked | undefined {
  const words = tokens(text);
  if (!words.some((w) => LIST_WORDS.has(w))) return undefined;
  // The runs of words between the words of asking and the words for companies: where places are named.
  const runs: string[][] = [[]];
  for (const raw of text.split(/\s+/)) {
    const ws = tokens(raw);
    const asking = ws.length > 0 && ws.every((w) => LIST_WORDS.has(w) || questionWords.has(w) || isCompanyWord(w));
    if (asking || YEAR.test(raw)) runs.push([]);
    else runs.at(-1)!.push(raw);
  }
  const { index } = names;
  const places = placesIn(names, runs).filter(
    (p) => p.worth >= SURE_PLACE && index.docs.find((d) => d.slug === p.slug)?.kind !== 'company',
  );
  const inPlace = new Set(places.flatMap((p) => [...p.words]));
  const outside = words.filter((w) => !inPlace.has(w));
  // What is listed: who does something is a company; else the kind of thing named just after the
  // word of asking («қай аудандарда»), or anywhere outside the places' names.
  const kindOfWord = (w: string): Listed | undefined => {
    if (isCompanyWord(w)) return 'company';
    const hint = kindOf(w);
    if (hint && ZONE_KINDS.has(hint)) return 'zone';
    return hint === 'district' ? 'district' : undefined;
  };
  const asked = words.findIndex((w) => LIST_WORDS.has(w));
  const next = words.slice(asked + 1, asked + 1 + NEXT_WORDS).filter((w) => !inPlace.has(w));
  const of: Listed | undefined = words.some((w) => WHO_WORDS.has(w))
    ? 'company'
    : (next.map(kindOfWord).find(Boolean) ??
      outside.map(kindOfWord).find((k) => k === 'company') ??
      outside.map(kindOfWord).find(Boolean));
  const zoneHint = outside.map(kindOf).find((k): k is KindHint => !!k && ZONE_KINDS.has(k));
  if (!of) return undefined;
  const docs = index.docs.filter(
    (d) =>
      d.kind === of &&
      (places.length === 0 || places.some((p) => isInside(index, d.slug, p.slug))) &&
      (of !== 'zone' || !zoneHint || zoneHint === 'zone' || fitsZoneKind(d.subkind, zoneHint)),
  );
  // What else the question says: the members whose figures say it, or whose sector it names.
  const keys = [
    ...new Set(
      outside
        .filter(
          (w) =>
            !STOP_WORDS.has(w) &&
            !questionWords.has(w) &&
            !LIST_WORDS.has(w) &&
            !isCompanyWord(w) &&
            kindOf(w) === undefined &&
            !/^\d+$/.test(w),
        )
        .map(keyOf),
    ),
  ];
  const year = YEAR.exec(text)?.[1];
  const sector = sectorFromText(text);
  // A stage asked is a condition: the members whose status says it.
  const stages = STATUS_WORDS.filter(([, stems]) => words.some((w) => stems.has(w))).flatMap(([status]) =>
    tokens(status.replace('_', ' ')).map(keyOf),
  );
  const atStage = (slug: string) =>
    stages.length === 0 ||
    facts.docs.some((f) => f.entity === slug && f.metric === 'status' && stages.some((k) => f.said.includes(k)));
  // A stage none of them is at («planned» for zones being built) narrows nothing: each shows its own.
  const staged = docs.some((d) => atStage(d.slug)) ? docs.filter((d) => atStage(d.slug)) : docs;
  const fits = staged.map((d) => {
    let fit = sector && sector !== 'other' && d.subkind === sector ? SECTOR_FIT : 0;
    let best: { fact: string; said: number } | undefined;
    for (const f of facts.docs) {
      if (f.entity !== d.slug) continue;
      let said = keys.reduce((n, k) => n + (f.said.includes(k) ? (facts.weight[k] ?? 0) : 0), 0);
      if (year && (f.asOf.startsWith(year) || f.scope.includes(year))) said += YEAR_FIT;
      if (said > 0 && (!best || said > best.said)) best = { fact: `${f.metric}|${f.scope}`, said };
    }
    fit += best?.said ?? 0;
    return { slug: d.slug, fact: best?.fact, fit };
  });
  const top = Math.max(0, ...fits.map((f) => f.fit));
  // Nothing in particular asked, or nothing fits what was: the places' members, all of them.
  const members = top >= FIT_MIN ? fits.filter((f) => f.fit >= CLOSE * top).sort((a, b) => b.fit - a.fit) : fits;
  if (members.length === 0) return undefined;
  if (places.length === 0) {
    // With no place named, the list is all of a kind («какие СЭЗ есть»), or the companies whose
    // figures say most of what the question says; a question about something else is not a list.
    const said = new Set(members.flatMap((m) => facts.docs.filter((f) => f.entity === m.slug).flatMap((f) => f.said)));
    const covered = keys.filter((k) => said.has(k)).length;
    const allOfKind = keys.length === 0 && of === 'zone';
    if (!allOfKind && (of !== 'company' || top < FIT_MIN || covered < COVERED * keys.length)) return undefined;
    // «СЭЗ Онтустик в Шымкенте»: a place the store does not hold.
    if (namesUnknown(names, text, known)) return undefined;
  }
  return {
    kind: 'list',
    of,
    places: places.map((p) => p.slug),
    members: members.slice(0, MAX_MEMBERS).map(({ slug, fact }) => ({ slug, fact })),
  };
}

/** What a member of the sector named gains. */
const SECTOR_FIT = 4;
/** What a member with a figure of the year asked gains. */
const YEAR_FIT = 2;

function fitsZoneKind(subkind: string, hint: KindHint): boolean {
  if (hint === 'sez') return subkind === 'sez';
  if (hint === 'industrial_zone') return subkind === 'industrial_zone';
  return subkind !== 'industrial_zone' && subkind !== 'sez';
}
