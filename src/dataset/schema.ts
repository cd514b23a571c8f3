// The shape of the reviewable data files under db/seed/. Everything read from those files passes
// through these schemas before it touches the store.
import { z } from 'zod';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, 'must be a lowercase slug like "kairat-2"');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'is not a real date', params: { rule: 'real-date' } },
  );

export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of a Telegram app (kk → Kazakh, ru → Russian, anything else → English). */
export function languageFromTelegram(code: string | undefined): Lang {
  const base = code?.toLowerCase().split('-')[0];
  return base === 'kk' || base === 'ru' ? base : 'en';
}

/** What can be followed: a zone, a district, SEZ news, SME parks. */
export const TOPIC = /^(?:(?:zone|district):[a-z0-9]+(?:-[a-z0-9]+)*|sez|parks)$/;

export const localized = z.strictObject({ ru: text, kk: text, en: text });
export type Localized = z.infer<typeof localized>;

const aliasList = z.array(text).default([]);
export const aliases = z.strictObject({ ru: aliasList, kk: aliasList, en: aliasList }).partial().default({});

export const ZONE_KINDS = [
  'sez',
  'industrial_zone',
  'small_industrial_park',
  'logistics',
  'science_park',
  'other',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];
/** `country` holds nationwide figures (all SEZs of Kazakhstan) and the zones outside the regions we list. */
export const DISTRICT_KINDS = ['country', 'region', 'city', 'district'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];
export const SECTORS = [
  'manufacturing',
  'food',
  'logistics',
  'it',
  'construction_materials',
  'agriculture',
  'retail',
  'healthcare',
  'science',
  'real_estate',
  'energy',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
/** The countries the locales name (country-… keys). */
export const COUNTRIES = ['KZ', 'TR', 'US', 'CN', 'JP', 'KR', 'RU'] as const;

const entityBase = {
  slug,
  /** The source that first names the entity. */
  source: slug,
  name: localized,
  aliases,
  /** Product, sector or topic words a user may search by, weaker than names. */
  keywords: aliases,
};

export const districtRecord = z.strictObject({
  ...entityBase,
  district_kind: z.enum(DISTRICT_KINDS),
  in: slug.optional(),
});
export const zoneRecord = z.strictObject({
  ...entityBase,
  zone_kind: z.enum(ZONE_KINDS),
  in: slug,
});
export const companyRecord = z.strictObject({
  ...entityBase,
  in: slug,
  sector: z.enum(SECTORS),
  /** The investor's home country (ISO 3166-1 alpha-2), only where a source names it; cards name it. */
  country: z.enum(COUNTRIES).optional(),
});
export type DistrictRecord = z.infer<typeof districtRecord>;
export type ZoneRecord = z.infer<typeof zoneRecord>;
export type CompanyRecord = z.infer<typeof companyRecord>;

/** The date of a source that gives none and whose contents point to none either. */
export const UNDATED = 'undated';

export const sourceRecord = z
  .strictObject({
    id: slug,
    /** Left out when the source is known only by its address or its act's number. */
    title: text.optional(),
    /** A name that reads the same in every language (Kazinform), or one per language. */
    publisher: z.union([text.transform((name) => ({ ru: name, kk: name, en: name })), localized]),
    date: z.union([isoDate, z.literal(UNDATED)]),
    /** How exact `date` is. */
    date_precision: z.enum(['day', 'month', 'year']).default('day'),
    /** What an undated source's figures run to (YYYY or YYYY-MM), said beside "undated" and taken as their date. */
    data_to: z
      .string()
      .regex(/^\d{4}(?:-\d{2})?$/, 'must be YYYY or YYYY-MM')
      .optional(),
    /** Left out when not known. */
    language: z.enum(LANGS).optional(),
    url: z.url().optional(),
    /** The article's file in the shared seed folder, when it came from there. */
    seed_file: text.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.data_to && s.date !== UNDATED)
      ctx.addIssue({ code: 'custom', path: ['data_to'], message: 'only an undated source says what its data run to' });
  });
export type SourceRecord = z.infer<typeof sourceRecord>;

/** The first day of a period written YYYY, YYYY-MM or YYYY-MM-DD. */
export function periodStart(period: string): string {
  return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
}

/**
 * The date a source's facts were true when they give none: the start of what an undated source's
 * data run to, or '' for an undated source that says nothing of it (sorted oldest).
 */
export function sourceAsOf(source: Pick<SourceRecord, 'date' | 'data_to'> | undefined): string {
  if (!source) return '';
  if (source.date !== UNDATED) return source.date;
  return source.data_to ? periodStart(source.data_to) : '';
}

export const METRICS = [
  'investment',
  'jobs',
  'employees',
  'area',
  'free_land',
  'occupancy',
  'participants',
  'companies',
  'projects',
  'parks',
  'zones',
  'enterprises',
  'capacity',
  'production',
  'output',
  'export',
  'growth',
  'share',
  'tax_share',
  'rent',
  'term_end',
  'launch_date',
  'status',
  'foreign_partner',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

export const UNITS = [
  'money',
  'jobs',
  'people',
  'count',
  'ha',
  'm2',
  'percent',
  't',
  't_per_year',
  'km_per_year',
  'date',
  'text',
] as const;
export type Unit = (typeof UNITS)[number];
export const CURRENCIES = ['KZT', 'USD'] as const;
export const STATUSES = ['planned', 'under_construction', 'launching', 'operating', 'expanding', 'removed'] as const;
export const QUALIFIERS = ['exact', 'about', 'over', 'up_to'] as const;

export const factRecord = z
  .strictObject({
    entity: slug,
    metric: z.enum(METRICS),
    value: z.union([z.number().finite(), text]),
    unit: z.enum(UNITS),
    currency: z.enum(CURRENCIES).optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    /** The date the value was true; the source's date when left out. */
    as_of: isoDate.optional(),
    /** Tells facts of one metric apart when they measure different things (a stage, a plan, a year). */
    scope: slug.optional(),
    note: localized.optional(),
  })
  .superRefine((f, ctx) => {
    const numeric = typeof f.value === 'number';
    if (f.unit === 'money' && !f.currency)
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'money needs a currency',
        params: { rule: 'needs-currency' },
      });
    if (f.unit !== 'money' && f.currency)
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'only money has a currency',
        params: { rule: 'no-currency' },
      });
    if (f.unit === 'text' || f.unit === 'date') {
      if (numeric)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `a ${f.unit} value must be a string`,
          params: { rule: 'value-text' },
        });
    } else if (!numeric) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a ${f.unit} value must be a number`,
        params: { rule: 'value-number' },
      });
    }
    if (f.unit === 'date' && typeof f.value === 'string' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a date value is written YYYY, YYYY-MM or YYYY-MM-DD',
        params: { rule: 'value-date' },
      });
    }
    if (f.metric === 'status' && !(STATUSES as readonly unknown[]).includes(f.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `status must be one of ${STATUSES.join(', ')}`,
        params: { rule: 'value-status' },
      });
    }
    if (f.metric === 'other' && !f.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'an "other" fact needs a note',
        params: { rule: 'needs-note' },
      });
    if (f.scope && !f.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'a scoped fact needs a note saying what it measures',
        params: { rule: 'scope-note' },
      });
  });
export type FactRecord = z.infer<typeof factRecord>;

export const factFile = z.strictObject({
  source: slug,
  facts: z.array(z.unknown()),
});

/** A source's date as far as it is known; "undated" when the source gives none. */
const knownDate = z
  .string()
  .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)$/, 'must be YYYY-MM-DD, YYYY-MM, YYYY or "undated"');

/** A condition or procedure of the regime (db/seed/topics.yaml), answered as it is, with its sources. */
export const topicRecord = z.strictObject({
  slug,
  title: localized,
  /** Stems of the words people ask about it with, in any of the three languages. */
  words: text,
  answer: localized,
  /** Whom to confirm with, to end "not legal or tax advice — confirm with …". */
  confirm: localized,
  /**
   * Either a source of db/seed/sources.yaml by its id, named and dated as there, or one known only
   * here (a law, a page), with its name in every language.
   */
  sources: z
    .array(
      z
        .strictObject({ ref: text, source: slug.optional(), name: localized.optional(), date: knownDate.optional() })
        .superRefine((s, ctx) => {
          if (s.source && (s.name || s.date))
            ctx.addIssue({
              code: 'custom',
              path: ['source'],
              message: 'a source of sources.yaml takes its name and date from there',
            });
          if (!s.source && !s.name)
            ctx.addIssue({
              code: 'custom',
              path: ['name'],
              message: 'must name the source in ru, kk and en, or give the id of a source',
            });
          if (!s.source && !s.date)
            ctx.addIssue({ code: 'custom', path: ['date'], message: 'must give the date, or "undated"' });
        }),
    )
    .min(1, 'must name the source of the answer'),
});
/** A topic's source as it is shown: its publisher in every language and its date as exact as known. */
export interface TopicSource {
  ref: string;
  publisher: Localized;
  /** '' when undated. */
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  dataTo?: string;
}
export type TopicRecord = Omit<z.infer<typeof topicRecord>, 'sources'> & { sources: TopicSource[] };

/** A domain written as it is typed (invest.gov.kz), shown as the body's official site. */
const site = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[\w./-]*)?$/, 'must be a site written like "invest.gov.kz"');

/**
 * Whom an investor turns to (db/seed/contacts.yaml): a management company, a city's or region's
 * investment office, a national body. Cards name the contacts of the entity and of its places.
 */
export const contactRecord = z.strictObject({
  slug,
  name: localized,
  /** What the body does for an investor, in a few words. */
  role: localized,
  /** The zones and places it serves (and what is in them); left out for a body that serves everywhere. */
  serves: z.array(slug).min(1, 'must list at least one zone or place, or be left out').optional(),
  site: site.optional(),
  source: z.strictObject({ ref: text, name: text, date: knownDate }),
});
export type ContactRecord = z.infer<typeof contactRecord>;
