// What the SME guide (/parks) can say of a request for space in a small industrial park: what fits
// (the trade, the size against an average park, the place), what the sources do not know (rents
// now, free units), as reasons for the bot to say. Pure: the bot passes the parks' figures in.
import type { ParkAnswers } from './answers.ts';
import type { Reason } from './rank.ts';
import { sectorFromText } from './sectors.ts';

/** A figure with the date it was true (YYYY-MM-DD, or '' when undated). */
export interface Dated {
  value: number;
  asOf: string;
}

export interface ParkFigures {
  /** Small industrial parks working now. */
  parks?: Dated;
  /** The floor area of an average park, m². */
  averageM2?: Dated;
  /** Rent per m² as last reported. */
  rent?: Dated;
}

/** Parks rent production units; a shop or an office is a question for the park. */
const PRODUCTION = new Set(['manufacturing', 'food', 'construction_materials']);

export function parkAdvice(a: ParkAnswers, f: ParkFigures): { fits: Reason[]; unknown: Reason[] } {
  const fits: Reason[] = [];
  const unknown: Reason[] = [];
  if (f.parks?.asOf) fits.push({ key: 'parks-fit-count', vars: { count: f.parks.value, year: yearOf(f.parks) } });
  const sector = a.what ? sectorFromText(a.what) : undefined;
  fits.push({ key: sector && PRODUCTION.has(sector) ? 'parks-fit-trade' : 'parks-fit-trade-check' });
  if (a.m2 !== undefined && f.averageM2) {
    const average = f.averageM2.value;
    const key =
      a.m2 <= average / 2 ? 'parks-fit-area' : a.m2 <= average ? 'parks-fit-area-large' : 'parks-fit-area-too-big';
    fits.push({ key, vars: { area: a.m2, average } });
  }
  if (a.where === 'region') fits.push({ key: 'parks-region-note' });
  unknown.push(
    f.rent?.asOf
      ? { key: 'parks-unknown-rent', vars: { rent: f.rent.value, year: yearOf(f.rent) } }
      : { key: 'parks-unknown-rent-none' },
  );
  unknown.push({ key: 'parks-unknown-free' });
  return { fits, unknown };
}

/** The year a figure was true, as text (a number would be grouped: «2 021»); '' when undated. */
const yearOf = (d: Dated) => d.asOf.slice(0, 4);
