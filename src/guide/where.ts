// The place a person types for "Where?" or names in a need: a district or town of the store, Almaty
// city, the region, or "near Almaty" («возле Алматы», «Алматы маңында», «под Алматы», "near Almaty»,
// «возле БАКАД»), however it is spelled (Kazakh letters or none, Cyrillic or Latin, case endings).
import { ACCEPT, analyse, search } from '../search/engine.ts';
import type { SearchIndex } from '../search/index.ts';
import { tokens } from '../search/normalize.ts';
import { NEAR_CITY_ZONES, type Where } from './rank.ts';

// Words that put a place "near" what follows (ru, en) or what comes before (kk), as skeletons.
const NEAR = new Set(
  tokens(
    'возле рядом около вблизи недалеко под окрестности окрестностях пригород пригороде ' +
      'маңы маңында маңайында маңындағы жанында қасында төңірегінде іргесінде ' +
      'near nearby around close outside next vicinity suburbs',
  ),
);
// Words of those phrases that name nothing («с», «от», "to").
const FILLER = new Set(tokens('с со от к до to of by the'));
// Whole answers that leave the place open.
const ANYWHERE = new Set(
  [
    'без разницы',
    'неважно',
    'не важно',
    'все равно',
    'всё равно',
    'любой',
    'любое',
    'где угодно',
    'маңызды емес',
    'бәрібір',
    'кез келген',
    'кез келген жерде',
    'any',
    'anywhere',
    'no preference',
    "doesn't matter",
    'does not matter',
  ].map((p) => tokens(p).join(' ')),
);
const CITY = 'almaty-city';
const REGION = 'almaty-region';

/** The place `text` names, or undefined when it names none the guides know. */
export function whereOf(index: SearchIndex, text: string): Where | undefined {
  if (ANYWHERE.has(tokens(text).join(' '))) return { kind: 'any' };
  // A kind word alone («в городе», «облыста», "the region") is the city or the region of the guides.
  const { content, hints } = analyse(text);
  if (content.length === 0) {
    if (hints.includes('city')) return { kind: 'city' };
    if (hints.includes('region')) return { kind: 'region' };
    return undefined;
  }
  const all = text.split(/\s+/).filter(Boolean);
  const near = all.some((w) => tokens(w).some((t) => NEAR.has(t)));
  const words = all.filter((w) => !tokens(w).every((t) => NEAR.has(t) || FILLER.has(t)));
  // The longest run of words that names a place: «Алматы облысы» is the region, not the city.
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let at = 0; at + size <= words.length; at++) {
      const [hit] = search(index, words.slice(at, at + size).join(' '), { limit: 1 });
      if (!hit || hit.score < ACCEPT) continue;
      if (hit.kind === 'zone' && NEAR_CITY_ZONES.has(hit.slug)) return { kind: 'near' };
      if (hit.kind !== 'district') continue;
      if (hit.slug === CITY) return { kind: near ? 'near' : 'city' };
      if (hit.slug === REGION) return { kind: 'region' };
      return { kind: 'district', slug: hit.slug };
    }
  }
  return undefined;
}
