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

export type Where = { kind: 'any' } | { kind: 'city' } | { kind: 'region' } | { kind: 'district'; slug: string };

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
  reasons: Reason[];
  gaps: Reason[];
}

const CITY = 'almaty-city';
const REGION = 'almaty-region';
/** Zones on the ring road around Almaty count as near the city. */
const NEAR_CITY = new Set(['bakad-zones']);

export function rankZones(
  profile: Profile,
  zones: GuideZone[],
  today: string,
  lang: 'ru' | 'kk' | 'en' = 'ru',
): Ranked[] {
  const wants = (p: Priority) => profile.priorities.includes(p);
  // The guide places projects in Almaty and its region; SEZs elsewhere (Khorgos, Astana) have cards only.
  const ours = zones.filter((z) => z.places.includes(CITY) || z.places.includes(REGION));
  const ranked = ours.map((zone): Ranked => {
    const reasons: Reason[] = [];
    const gaps: Reason[] = [];
    let score = 0;
    const inCity = zone.places.includes(CITY);

    // Where
    const where = profile.where;
    if (where.kind === 'district') {
      // The place asked for outweighs everything else; sites elsewhere stay listed as alternatives.
      if (zone.places.includes(where.slug)) {
        score += 4;
        reasons.push({ key: 'why-in-place' });
      } else {
        score -= 5;
        gaps.push({ key: 'gap-elsewhere' });
      }
    } else if (where.kind === 'city' || where.kind === 'region') {
      const fits = where.kind === 'city' ? inCity : zone.places.includes(REGION) && !inCity;
      score += fits ? 3 : -5;
      (fits ? reasons : gaps).push({ key: fits ? `why-in-${where.kind}` : 'gap-elsewhere' });
    }
    if (wants('near_city')) {
      if (inCity || NEAR_CITY.has(zone.slug)) {
        score += 2;
        const key = inCity ? 'why-in-city' : 'why-near-city';
        if (!reasons.some((r) => r.key === key)) reasons.push({ key });
      } else score -= 1;
    }

    // What kind of site
    switch (zone.zoneKind) {
      case 'sez':
        score += wants('benefits') ? 4 : 1;
        reasons.push({ key: 'why-sez-benefits' });
        if (profile.sector !== 'it' && profile.sector !== 'manufacturing') {
          score -= 2;
          gaps.push({ key: 'gap-sez-activities' });
        }
        break;
      case 'industrial_zone':
        score += 1;
        reasons.push({ key: 'why-industrial-zone' });
        if (wants('benefits')) gaps.push({ key: 'gap-no-sez-benefits' });
        break;
      case 'small_industrial_park': {
        const small = profile.land.kind === 'none' || profile.land.hectares <= 0.5;
        score += small ? 3 : -2;
        (small ? reasons : gaps).push({ key: small ? 'why-small-park' : 'gap-park-too-small' });
        break;
      }
      case 'science_park':
        if (profile.sector === 'it') {
          score += 2;
          reasons.push({ key: 'why-science-park' });
        } else {
          score -= 3;
          gaps.push({ key: 'gap-science-park' });
        }
        break;
    }

    // Land
    if (profile.land.kind === 'area') {
      const need = profile.land.hectares;
      if (zone.freeLandHa === undefined) {
        gaps.push({ key: 'gap-free-land-unknown' });
        if (wants('free_land')) score -= 1;
      } else if (zone.freeLandHa >= need) {
        score += wants('free_land') ? 3 : 2;
        reasons.push({ key: 'why-free-land', vars: { free: zone.freeLandHa, need } });
      } else {
        score -= wants('free_land') ? 4 : 2;
        gaps.push({ key: 'gap-free-land-short', vars: { free: zone.freeLandHa, need } });
      }
    }
    if (zone.occupancyPercent !== undefined && zone.occupancyPercent >= 90) {
      score -= 1;
      gaps.push({ key: 'gap-occupied', vars: { percent: zone.occupancyPercent } });
    }

    // Readiness and term
    if (zone.status === 'operating') {
      score += wants('infrastructure') ? 2 : 1;
      reasons.push({ key: 'why-operating' });
    } else if (zone.status === 'planned' || zone.status === 'under_construction') {
      if (wants('infrastructure')) score -= 2;
      gaps.push({ key: 'gap-not-ready' });
    }
    if (zone.termEnd && zone.termEnd < addYears(today, 2)) {
      score -= 1;
      gaps.push({ key: 'gap-term-ends', vars: { date: zone.termEnd } });
    }

    // Neighbours in the same trade
    const peers = zone.companies.filter((c) => c.sector === profile.sector);
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
    return { slug: zone.slug, score, reasons, gaps };
  });
  return ranked.sort((a, b) => b.score - a.score || a.gaps.length - b.gaps.length || a.slug.localeCompare(b.slug));
}

function addYears(date: string, years: number): string {
  const [y, rest] = [date.slice(0, 4), date.slice(4)];
  return `${Number(y) + years}${rest}`;
}
