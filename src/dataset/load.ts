// Reads the data files under db/seed/, validates every record and every reference between them, and
// returns one Dataset. The first problem found stops the load with the file, record and field named.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import {
  companyRecord,
  contactRecord,
  districtRecord,
  factFile,
  factRecord,
  periodStart,
  sourceAsOf,
  SLUG,
  sourceRecord,
  topicRecord,
  zoneRecord,
  type CompanyRecord,
  type ContactRecord,
  type DistrictRecord,
  type FactRecord,
  type SourceRecord,
  type TopicRecord,
  type TopicSource,
  type ZoneRecord,
  UNDATED,
} from './schema.ts';

export interface SourcedFact extends FactRecord {
  source: string;
}

export interface Dataset {
  sources: SourceRecord[];
  districts: DistrictRecord[];
  zones: ZoneRecord[];
  companies: CompanyRecord[];
  facts: SourcedFact[];
}

/**
 * What is wrong, as data, for the bot to say in the staff member's language (`problem` is the
 * English the command line prints).
 */
export type DatasetProblem =
  | { code: 'syntax'; line?: number; column?: number }
  | { code: 'unreadable' }
  | { code: 'sections'; sections: string }
  | { code: 'facts-section' }
  | { code: 'not-list' }
  | { code: 'too-large'; what: 'entities' | 'names' | 'facts'; count: number; limit: number }
  | { code: 'twice'; value: string }
  | { code: 'no-target'; value: string; kinds: string }
  | { code: 'loop'; value: string }
  | { code: 'same-scope'; metric: string; entity: string }
  | { code: 'required' }
  | { code: 'type'; expected: string }
  | { code: 'one-of'; values: string }
  | { code: 'empty' }
  | { code: 'min'; min: number }
  | { code: 'max'; limit: number }
  | { code: 'format'; format: 'slug' | 'date' | 'other' }
  | { code: 'unknown-fields'; keys: string }
  /** A rule of the schema's own (its issue's params.rule), e.g. money needs a currency. */
  | { code: 'rule'; rule: string }
  | { code: 'invalid' };

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly problem: string,
    readonly reason: DatasetProblem = { code: 'invalid' },
  ) {
    super(`${file}: record ${record}: field "${field}": ${problem}`);
    this.name = 'DatasetError';
  }
}

/**
 * How much a dataset may hold: the most the bot, under npm start's 128 MB heap, imports and then
 * serves with memory to spare (measured by npm run bench:import).
 */
export const DATASET_LIMITS = { entities: 5_000, names: 20_000, facts: 30_000 } as const;

/** One section of a dataset as read from YAML, not yet validated; `file` names it in errors. */
export interface RawSection {
  file: string;
  value: unknown;
}

/** A dataset's sections as read, facts one section per source. */
export interface RawDataset {
  sources: RawSection;
  districts: RawSection;
  zones: RawSection;
  companies: RawSection;
  facts: RawSection[];
}

export function loadDataset(dir: string): Dataset {
  const where = (file: string) => relative(process.cwd(), join(dir, file)) || file;
  const read = (file: string): RawSection => ({ file: where(file), value: readYaml(where(file), join(dir, file)) });
  const factsDir = join(dir, 'facts');
  let names: string[];
  try {
    names = readdirSync(factsDir);
  } catch (err) {
    throw new DatasetError(where('facts'), 'folder', '(folder)', `cannot be read: ${(err as Error).message}`, {
      code: 'unreadable',
    });
  }
  return validateDataset({
    sources: read('sources.yaml'),
    districts: read('districts.yaml'),
    zones: read('zones.yaml'),
    companies: read('companies.yaml'),
    facts: names
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((name) => read(join('facts', name))),
  });
}

/** Validates every record, every reference between them and the dataset's size; the first problem found throws. */
export function validateDataset(raw: RawDataset): Dataset {
  const sources = readList(raw.sources, sourceRecord);
  const districts = readList(raw.districts, districtRecord);
  const zones = readList(raw.zones, zoneRecord);
  const companies = readList(raw.companies, companyRecord);
  const where = (file: string) =>
    ({
      'sources.yaml': raw.sources.file,
      'districts.yaml': raw.districts.file,
      'zones.yaml': raw.zones.file,
      'companies.yaml': raw.companies.file,
    })[file]!;
  const entityCount = districts.length + zones.length + companies.length;
  if (entityCount > DATASET_LIMITS.entities)
    throw tooLarge(raw.companies.file, 'entities', entityCount, DATASET_LIMITS.entities);
  let nameCount = 0;
  for (const r of [...districts, ...zones, ...companies])
    for (const lists of [r.aliases, r.keywords]) for (const list of Object.values(lists)) nameCount += list.length;
  if (nameCount > DATASET_LIMITS.names) throw tooLarge(raw.companies.file, 'names', nameCount, DATASET_LIMITS.names);

  const sourceIds = new Set<string>();
  sources.forEach((s, i) => claim(sourceIds, s.id, where('sources.yaml'), label(i, s.id), 'id'));
  const slugs = new Map<string, 'district' | 'zone' | 'company'>();
  const entityFiles: Array<
    [string, Array<DistrictRecord | ZoneRecord | CompanyRecord>, 'district' | 'zone' | 'company']
  > = [
    ['districts.yaml', districts, 'district'],
    ['zones.yaml', zones, 'zone'],
    ['companies.yaml', companies, 'company'],
  ];
  for (const [file, records, kind] of entityFiles) {
    records.forEach((r, i) => {
      if (slugs.has(r.slug))
        throw new DatasetError(where(file), label(i, r.slug), 'slug', `slug "${r.slug}" is used twice`, {
          code: 'twice',
          value: r.slug,
        });
      slugs.set(r.slug, kind);
      if (!sourceIds.has(r.source))
        throw new DatasetError(where(file), label(i, r.slug), 'source', `no source with id "${r.source}"`, {
          code: 'no-target',
          value: r.source,
          kinds: 'source',
        });
    });
  }
  const expect = (
    file: string,
    i: number,
    slug: string,
    field: string,
    target: string | undefined,
    kinds: string[],
  ) => {
    if (target === undefined) return;
    const kind = slugs.get(target);
    if (!kind || !kinds.includes(kind)) {
      throw new DatasetError(where(file), label(i, slug), field, `no ${kinds.join(' or ')} with slug "${target}"`, {
        code: 'no-target',
        value: target,
        kinds: kinds.join('-or-'),
      });
    }
  };
  districts.forEach((d, i) => expect('districts.yaml', i, d.slug, 'in', d.in, ['district']));
  const parentOf = new Map(districts.map((d) => [d.slug, d.in]));
  districts.forEach((d, i) => {
    const seen = new Set([d.slug]);
    for (let up = d.in; up !== undefined; up = parentOf.get(up)) {
      if (seen.has(up))
        throw new DatasetError(
          where('districts.yaml'),
          label(i, d.slug),
          'in',
          `districts contain each other in a loop through "${up}"`,
          { code: 'loop', value: up },
        );
      seen.add(up);
    }
  });
  zones.forEach((z, i) => expect('zones.yaml', i, z.slug, 'in', z.in, ['district']));
  companies.forEach((c, i) => expect('companies.yaml', i, c.slug, 'in', c.in, ['district', 'zone']));

  const facts: SourcedFact[] = [];
  const factKeys = new Set<string>();
  for (const { file, value } of raw.facts) {
    const head = factFile.safeParse(value);
    if (!head.success) throw fromZod(file, 'file', head.error);
    if (!sourceIds.has(head.data.source))
      throw new DatasetError(file, 'file', 'source', `no source with id "${head.data.source}"`, {
        code: 'no-target',
        value: head.data.source,
        kinds: 'source',
      });
    if (facts.length + head.data.facts.length > DATASET_LIMITS.facts)
      throw tooLarge(file, 'facts', facts.length + head.data.facts.length, DATASET_LIMITS.facts);
    const source = sources.find((s) => s.id === head.data.source);
    head.data.facts.forEach((item, i) => {
      const entity = isRecord(item) && typeof item.entity === 'string' ? item.entity : undefined;
      const parsed = factRecord.safeParse(item);
      if (!parsed.success) throw fromZod(file, label(i, entity), parsed.error);
      const fact = parsed.data;
      if (!slugs.has(fact.entity))
        throw new DatasetError(file, label(i, entity), 'entity', `no entity with slug "${fact.entity}"`, {
          code: 'no-target',
          value: fact.entity,
          kinds: 'entity',
        });
      const asOf = fact.as_of ?? sourceAsOf(source);
      const key = [fact.entity, fact.metric, fact.scope ?? '', asOf, head.data.source].join('|');
      if (factKeys.has(key)) {
        throw new DatasetError(
          file,
          label(i, entity),
          'scope',
          `a second ${fact.metric} fact for "${fact.entity}" with the same scope and date; give it its own scope`,
          { code: 'same-scope', metric: fact.metric, entity: fact.entity },
        );
      }
      factKeys.add(key);
      facts.push({ ...fact, as_of: asOf, source: head.data.source });
    });
  }
  return { sources, districts, zones, companies, facts };
}

/**
 * A digest of the data files as they are on disk, cheap enough to take at every start: when it
 * differs from the one the store was seeded from, the files have changed.
 */
export function datasetFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const add = (path: string, name: string) => {
    if (!existsSync(path)) return;
    hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const file of ['sources.yaml', 'districts.yaml', 'zones.yaml', 'companies.yaml']) add(join(dir, file), file);
  const factsDir = join(dir, 'facts');
  if (existsSync(factsDir)) for (const file of readdirSync(factsDir).sort()) add(join(factsDir, file), `facts/${file}`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The topics of `dir`/topics.yaml, slugs unique, each with its sources named and dated: a source
 * of `dir`/sources.yaml as the cards name it, so that one publisher goes by one name.
 */
export function loadTopics(dir: string): TopicRecord[] {
  const file = relative(process.cwd(), join(dir, 'topics.yaml')) || 'topics.yaml';
  const topics = readList({ file, value: readYaml(file, join(dir, 'topics.yaml')) }, topicRecord);
  const slugs = new Set<string>();
  topics.forEach((t, i) => claim(slugs, t.slug, file, label(i, t.slug), 'slug'));
  let known: Map<string, SourceRecord> | undefined;
  const sourceById = (id: string) => {
    if (!known) {
      const sourcesFile = relative(process.cwd(), join(dir, 'sources.yaml')) || 'sources.yaml';
      const path = join(dir, 'sources.yaml');
      const list = existsSync(path)
        ? readList({ file: sourcesFile, value: readYaml(sourcesFile, path) }, sourceRecord)
        : [];
      known = new Map(list.map((s) => [s.id, s]));
    }
    return known.get(id);
  };
  return topics.map((t, i) => ({
    ...t,
    sources: t.sources.map((s, j): TopicSource => {
      if (s.source) {
        const source = sourceById(s.source);
        if (!source)
          throw new DatasetError(
            file,
            label(i, t.slug),
            `sources.${j}.source`,
            `no source with id "${s.source}" in sources.yaml`,
          );
        const undated = source.date === UNDATED;
        return {
          ref: s.ref,
          publisher: source.publisher,
          date: undated ? '' : source.date,
          datePrecision: source.date_precision,
          ...(source.data_to ? { dataTo: source.data_to } : {}),
        };
      }
      // The schema has made sure a source without an id has a name and a date.
      const date = s.date!;
      const undated = date === UNDATED;
      return {
        ref: s.ref,
        publisher: s.name!,
        date: undated ? '' : periodStart(date),
        datePrecision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
      };
    }),
  }));
}

/**
 * The contacts of `dir`/contacts.yaml, slugs unique; with `known`, every zone or place a contact
 * serves must be one of them.
 */
export function loadContacts(dir: string, known?: ReadonlySet<string>): ContactRecord[] {
  const file = relative(process.cwd(), join(dir, 'contacts.yaml')) || 'contacts.yaml';
  const contacts = readList({ file, value: readYaml(file, join(dir, 'contacts.yaml')) }, contactRecord);
  const slugs = new Set<string>();
  contacts.forEach((c, i) => {
    claim(slugs, c.slug, file, label(i, c.slug), 'slug');
    c.serves?.forEach((place, j) => {
      if (known && !known.has(place))
        throw new DatasetError(file, label(i, c.slug), `serves.${j}`, `no zone or place with slug "${place}"`);
    });
  });
  return contacts;
}

function readList<S extends z.ZodType>({ file, value: raw }: RawSection, schema: S): z.infer<S>[] {
  if (!Array.isArray(raw))
    throw new DatasetError(file, 'file', '(top level)', 'must be a list of records', { code: 'not-list' });
  return raw.map((item: unknown, i) => {
    const parsed = schema.safeParse(item);
    const slug = isRecord(item)
      ? typeof item.slug === 'string'
        ? item.slug
        : typeof item.id === 'string'
          ? item.id
          : undefined
      : undefined;
    if (!parsed.success) throw fromZod(file, label(i, slug), parsed.error);
    return parsed.data as z.infer<S>;
  });
}

function readYaml(file: string, path: string): unknown {
  let textContent: string;
  try {
    textContent = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DatasetError(file, 'file', '(file)', `cannot be read: ${(err as Error).message}`, {
      code: 'unreadable',
    });
  }
  return parseYaml(textContent, file);
}

/**
 * Data read from YAML text as plain values. js-yaml, not the `yaml` package the files are written
 * with: for a 4 MB file that took 2.4 s and 250 MB of heap, js-yaml 0.3 s and 40 MB. The core
 * schema keeps dates as strings.
 */
export function parseYaml(text: string, file: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (err) {
    const mark = (err as { mark?: { line?: number; column?: number } }).mark;
    throw new DatasetError(file, 'file', '(syntax)', `is not valid YAML: ${(err as Error).message.split('\n')[0]}`, {
      code: 'syntax',
      // js-yaml counts from 0.
      ...(mark?.line !== undefined ? { line: mark.line + 1 } : {}),
      ...(mark?.column !== undefined ? { column: mark.column + 1 } : {}),
    });
  }
}

function tooLarge(file: string, what: 'entities' | 'names' | 'facts', count: number, limit: number): DatasetError {
  const found = {
    entities: `${count} districts, zones and companies`,
    names: `${count} aliases and keywords`,
    facts: `more than ${limit} facts`,
  }[what];
  return new DatasetError(file, 'file', '(size)', `the dataset has ${found}; at most ${limit} are accepted`, {
    code: 'too-large',
    what,
    count,
    limit,
  });
}

function fromZod(file: string, record: string, error: z.ZodError): DatasetError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(record)';
  return new DatasetError(file, record, field, issue?.message ?? 'is invalid', issue ? problemOf(issue) : undefined);
}

/** A zod issue as a DatasetProblem: its kind and what was expected, without zod's English. */
function problemOf(issue: z.core.$ZodIssue): DatasetProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { code: 'required' } : { code: 'type', expected: issue.expected };
    case 'invalid_value':
      return { code: 'one-of', values: issue.values.map(String).join(', ') };
    case 'too_small':
      return Number(issue.minimum) === 1 && issue.origin === 'string'
        ? { code: 'empty' }
        : { code: 'min', min: Number(issue.minimum) };
    case 'too_big':
      return { code: 'max', limit: Number(issue.maximum) };
    case 'invalid_format': {
      const pattern = issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : '';
      return {
        code: 'format',
        format: pattern === String(SLUG) ? 'slug' : pattern.includes('\\d{4}') ? 'date' : 'other',
      };
    }
    case 'unrecognized_keys':
      return { code: 'unknown-fields', keys: issue.keys.join(', ') };
    case 'custom': {
      const rule = issue.params?.rule;
      return typeof rule === 'string' ? { code: 'rule', rule } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

function claim(seen: Set<string>, id: string, file: string, record: string, field: string): void {
  if (seen.has(id)) throw new DatasetError(file, record, field, `"${id}" is used twice`, { code: 'twice', value: id });
  seen.add(id);
}

function label(index: number, slug: string | undefined): string {
  return slug ? `#${index + 1} (${slug})` : `#${index + 1}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
