// What a card is made of, as plain data: the store fills it, the renderer turns it into text.
import type { Localized } from '../dataset/schema.ts';

export type EntityKind = 'district' | 'zone' | 'company';

export interface SourceRef {
  id: string;
  title: string;
  publisher: Localized;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  /** What an undated source's data run to (YYYY or YYYY-MM), when it says. */
  dataTo?: string;
}

export interface CardFact {
  metric: string;
  scope: string;
  value: number | string;
  unit: string;
  currency: string | null;
  qualifier: string;
  asOf: string;
  note: Localized | null;
  source: SourceRef;
}

export interface EntityRef {
  slug: string;
  kind: EntityKind;
  /** district_kind, zone_kind or sector. */
  subkind: string;
  name: Localized;
}

export interface EntityCard extends EntityRef {
  /** The places it is in, nearest first. */
  places: EntityRef[];
  country: string | null;
  facts: CardFact[];
  /** Zones in a district; companies in a zone or district. */
  zones: EntityRef[];
  /** Largest investment first. */
  companies: Array<EntityRef & { investment: { amount: number; currency: string } | null }>;
  /** Districts in a city or region. */
  districts: EntityRef[];
}
