// A shortlist as a short code, so that its pages, its shared copy and the link that opens it again
// carry the project itself (Telegram's callback data and /start payloads: ≤ 64 of [A-Za-z0-9_-]).
// The code holds what the ranking reads — trade, priorities, land and place — never the money.
import { SLUG } from '../dataset/schema.ts';
import { GUIDE_SECTORS, PRIORITIES, type Profile, type Ranked, type Where } from './rank.ts';

/** Results on one page of a shortlist. */
export const PAGE_SIZE = 4;
/** When nothing fits, the closest alternatives shown instead. */
const ALTERNATIVES = 3;

const PLACE_CODES = { any: 'a', city: 'c', near: 'n', region: 'r' } as const;

/** "30-0-c": IT, no priorities, no land, in Almaty city. */
export function shortlistCode(p: Profile): string {
  const mask = PRIORITIES.reduce((m, x, i) => (p.priorities.includes(x) ? m | (1 << i) : m), 0);
  const m2 = p.land.kind === 'area' ? Math.round(p.land.hectares * 10_000) : 0;
  const where = p.where.kind === 'district' ? p.where.slug : PLACE_CODES[p.where.kind];
  return `${GUIDE_SECTORS.indexOf(p.sector)}${mask.toString(16)}-${m2}-${where}`;
}

export const SHORTLIST_CODE = /^[0-7][0-9a-f]-\d{1,9}-[a-z0-9-]{1,40}$/;

/** The project a code stands for; undefined for a code no shortlist gave (`isDistrict` checks a slug). */
export function profileOfCode(code: string, isDistrict: (slug: string) => boolean): Profile | undefined {
  if (!SHORTLIST_CODE.test(code)) return undefined;
  const [head = '', area = '', ...rest] = code.split('-');
  const sector = GUIDE_SECTORS[Number(head[0])];
  const mask = parseInt(head.slice(1), 16);
  const place = rest.join('-');
  const m2 = Number(area);
  if (!sector || mask >= 1 << PRIORITIES.length || m2 > 100_000_000) return undefined;
  const broad = Object.entries(PLACE_CODES).find(([, c]) => c === place)?.[0] as keyof typeof PLACE_CODES | undefined;
  let where: Where;
  if (broad) where = { kind: broad };
  else if (SLUG.test(place) && isDistrict(place)) where = { kind: 'district', slug: place };
  else return undefined;
  return {
    sector,
    where,
    land: m2 > 0 ? { kind: 'area', hectares: m2 / 10_000 } : { kind: 'none' },
    priorities: PRIORITIES.filter((_, i) => mask & (1 << i)),
  };
}

/** Every zone that fits, best first; when none does, the closest few, flagged as such. */
export function shortlist(ranked: Ranked[]): { results: Ranked[]; exact: boolean } {
  const fitting = ranked.filter((r) => r.fits);
  return fitting.length > 0
    ? { results: fitting, exact: true }
    : { results: ranked.slice(0, ALTERNATIVES), exact: false };
}

export function pageCount(results: number): number {
  return Math.max(1, Math.ceil(results / PAGE_SIZE));
}
