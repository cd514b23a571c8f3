// Which zones fit an investor's project, ranked, each with the reasons for and against and the
// honest gaps in what we know. Pure: the store fills `GuideZone`, the bot renders the reasons.
import type { Land, Money } from './parse.ts';

export const GUIDE_SECTORS = [
  'manufacturing',
  'food',
  'logistics',
  'it',
  'construction_materials',
  'agriculture',
  'retail',
  'other',
] as const;
export type GuideSector = (typeof GUIDE_SECTORS)[number];
export const PRIORITIES = ['benefits', 'infrastructure', 'near_city', 'free_land'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** `near`: in Almaty or just outside it (the districts around the city, the ring road). */
export type Where =
  { kind: 'any' } | { kind: 'city' } | { kind: 'near' } | { kind: 'region' } | { kind: 'district'; slug: string };

export interface Profile {
  sector: GuideSector;
  where: Where;
  land: Land;
  investment?: Money;
  priorities: Priority[];
}

export interface GuideZone {
  slug: string;
  zoneKind: string;
  /** Slugs of the places it is in, nearest first (district, city or region). */
  places: string[];
  status?: string;
  freeLandHa?: number;
  occupancyPercent?: number;
  /** YYYY-MM-DD. */
  termEnd?: string;
  /** The trades its profile or priority activities name (an SEZ admits only those); unknown when absent. */
  activities?: GuideSector[];
  /** Companies already there, with their names and sectors. */
  companies: Array<{ name: { ru: string; kk: string; en: string }; sector: string }>;
}

/** A reason is a locale key and its values, so the bot can say it in the reader's language. */
export interface Reason {
  key: string;
  vars?: Record<string, string | number>;
}

export interface Ranked {
  slug: string;
  score: number;
  /** Nothing the user asked for rules it out: the place, the trade, the space. */
  fits: boolean;
  reasons: Reason[];
  gaps: Reason[];
}

const CITY = 'almaty-city';
const REGION = 'almaty-region';
/** The districts that border Almaty, and the zones on its ring road: "near the city". */
export const NEAR_CITY_PLACES = new Set(['talgar-district', 'karasay-district']);
export const NEAR_CITY_ZONES = new Set(['bakad-zones']);

/** Trades an industrial zone takes: land with utilities for industry, agro-industry and logistics. */
const INDUSTRIAL: ReadonlySet<GuideSector> = new Set([
  'manufacturing',
  'food',
  'logistics',
  'construction_materials',
  'agriculture',
  'other',
]);
/** Trades a small industrial park rents its production units to. */
const WORKSHOPS: ReadonlySet<GuideSector> = new Set(['manufacturing', 'food', 'construction_materials', 'other']);
const READY = new Set(['operating', 'expanding']);
const NOT_READY = new Set(['planned', 'under_construction', 'launching']);

export function rankZones(
  profile: Profile,
  zones: GuideZone[],
  today: string,
  lang: 'ru' | 'kk' | 'en' = 'ru',
): Ranked[] {
  const wants = (p: Priority) => profile.priorities.includes(p);
  const sector = profile.sector;
  // The guide places projects in Almaty and its region; SEZs elsewhere (Khorgos, Astana) have cards
  // only. A zone taken off the map is no place to build.
  const ours = zones.filter((z) => (z.places.includes(CITY) || z.places.includes(REGION)) && z.status !== 'removed');
  const ranked = ours.map((zone): Ranked => {
    const reasons: Reason[] = [];
    const gaps: Reason[] = [];
    let score = 0;
    let fits = true;
    const miss = (gap: Reason, cost: number) => {
      fits = false;
      score -= cost;
      gaps.push(gap);
    };
    const inCity = zone.places.includes(CITY);
    const nearCity = inCity || NEAR_CITY_ZONES.has(zone.slug) || zone.places.some((p) => NEAR_CITY_PLACES.has(p));
    const ready = zone.status !== undefined && READY.has(zone.status);
    const building = zone.status !== undefined && NOT_READY.has(zone.status);

    // Where: the place asked for rules out the others.
    const where = profile.where;
    if (where.kind === 'district') {
      if (zone.places.includes(where.slug)) {
        score += 4;
        reasons.push({ key: 'why-in-place' });
      } else miss({ key: 'gap-elsewhere' }, 5);
    } else if (where.kind === 'city' || where.kind === 'region') {
      const there = where.kind === 'city' ? inCity : zone.places.includes(REGION) && !inCity;
      if (there) {
        score += 3;
        reasons.push({ key: `why-in-${where.kind}` });
      } else miss({ key: 'gap-elsewhere' }, 5);
    } else if (where.kind === 'near') {
      if (nearCity) {
        score += 3;
        reasons.push({ key: inCity ? 'why-in-city' : 'why-near-city' });
      } else miss({ key: 'gap-elsewhere' }, 5);
    }
    if (wants('near_city')) {
      if (nearCity) {
        score += 2;
        const key = inCity ? 'why-in-city' : 'why-near-city';
        if (!reasons.some((r) => r.key === key)) reasons.push({ key });
      } else score -= 1;
    }

    // What kind of site, and whether it takes this trade.
    switch (zone.zoneKind) {
      case 'sez': {
        score += wants('benefits') ? 3 : 1;
        reasons.push({ key: 'why-sez-benefits' });
        // An SEZ admits only its priority activities: the trade outweighs the benefits.
        if (zone.activities === undefined) gaps.push({ key: 'gap-sez-activities-unknown' });
        else if (zone.activities.includes(sector)) {
          score += 2;
          reasons.push({ key: 'why-sez-activities', vars: { sector } });
        } else miss({ key: 'gap-sez-activities', vars: { sector } }, 4);
        break;
      }
      case 'industrial_zone':
        if (INDUSTRIAL.has(sector)) {
          score += 1;
          // Utilities are brought in only where the zone already works.
          reasons.push({ key: ready ? 'why-industrial-zone' : 'why-industrial-zone-plots' });
        } else miss({ key: 'gap-industrial-zone-sector' }, 3);
        if (wants('benefits')) gaps.push({ key: 'gap-no-sez-benefits' });
        break;
      case 'small_industrial_park': {
        if (profile.land.kind === 'area' && profile.land.hectares > 0.5) miss({ key: 'gap-park-too-small' }, 2);
        else if (!WORKSHOPS.has(sector)) miss({ key: 'gap-park-sector' }, 2);
        else {
          score += 3;
          reasons.push({ key: 'why-small-park' });
        }
        if (wants('benefits')) gaps.push({ key: 'gap-no-sez-benefits' });
        break;
      }
      case 'science_park':
        if (sector === 'it') {
          score += 3;
          reasons.push({ key: 'why-science-park' });
        } else miss({ key: 'gap-science-park' }, 3);
        break;
    }

    // Land
    if (profile.land.kind === 'area' && zone.zoneKind !== 'small_industrial_park') {
      const need = profile.land.hectares;
      if (zone.freeLandHa === undefined) {
        gaps.push({ key: 'gap-free-land-unknown' });
        if (wants('free_land')) score -= 1;
      } else if (zone.freeLandHa >= need) {
        score += wants('free_land') ? 3 : 2;
        reasons.push({ key: 'why-free-land', vars: { free: zone.freeLandHa, need } });
      } else miss({ key: 'gap-free-land-short', vars: { free: zone.freeLandHa, need } }, wants('free_land') ? 4 : 2);
    }
    if (zone.occupancyPercent !== undefined && zone.occupancyPercent >= 90) {
      score -= 1;
      gaps.push({ key: 'gap-occupied', vars: { percent: zone.occupancyPercent } });
    }

    // Readiness and term
    if (ready) {
      score += wants('infrastructure') ? 2 : 1;
      reasons.push({ key: 'why-operating' });
    } else if (building) {
      if (wants('infrastructure')) score -= 2;
      gaps.push({ key: 'gap-not-ready' });
    } else {
      score -= 1;
      gaps.push({ key: 'gap-status-unknown' });
    }
    if (zone.termEnd && zone.termEnd < addYears(today, 2)) {
      score -= 1;
      gaps.push({ key: 'gap-term-ends', vars: { date: zone.termEnd } });
    }

    // Neighbours in the same trade
    const peers = zone.companies.filter((c) => c.sector === sector);
    if (peers.length > 0) {
      score += Math.min(peers.length, 2);
      reasons.push({
        key: 'why-peers',
        vars: {
          count: peers.length,
          names: peers
            .slice(0, 3)
            .map((c) => c.name[lang])
            .join(', '),
        },
      });
    }
    return { slug: zone.slug, score, fits, reasons, gaps };
  });
  return ranked.sort(
    (a, b) =>
      Number(b.fits) - Number(a.fits) ||
      b.score - a.score ||
      a.gaps.length - b.gaps.length ||
      a.slug.localeCompare(b.slug),
  );
}

function addYears(date: string, years: number): string {
  const [y, rest] = [date.slice(0, 4), date.slice(4)];
  return `${Number(y) + years}${rest}`;
}
