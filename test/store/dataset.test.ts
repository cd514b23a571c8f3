import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { FIXTURES, SHARED } from '../helpers.ts';

const data = loadDataset(SEED_DIR);

interface Listed {
  slug: string;
  kind: string;
  ru: string;
  kk: string;
  in: string;
  seed: string;
}

function listedEntities(): Listed[] {
  const text = readFileSync(join(FIXTURES, 'entities.md'), 'utf8');
  return [
    ...text.matchAll(/^\| ([a-z0-9-]+) \| (district|zone|company) \| ([^|]+) \| ([^|]+) \| ([^|]*) \| ([^|]+) \|$/gm),
  ].map((m) => ({
    slug: m[1]!,
    kind: m[2]!,
    ru: m[3]!.trim(),
    kk: m[4]!.trim(),
    in: m[5]!.trim(),
    seed: m[6]!.trim(),
  }));
}

describe('the dataset', () => {
  const listed = listedEntities();
  const entities = new Map([...data.districts, ...data.zones, ...data.companies].map((e) => [e.slug, e]));
  const factsOf = (slug: string) => data.facts.filter((f) => f.entity === slug);

  it('holds every entity of the entity list, with its names, place and source', () => {
    expect(listed.length).toBeGreaterThanOrEqual(70);
    for (const e of listed) {
      const record = entities.get(e.slug);
      expect(record, e.slug).toBeDefined();
      expect(record!.name.ru, e.slug).toBe(e.ru);
      expect(record!.name.kk, e.slug).toBe(e.kk);
      expect('in' in record! ? (record!.in ?? '') : '', e.slug).toBe(e.in);
      const source = data.sources.find((s) => s.id === record!.source);
      expect(source?.seed_file, e.slug).toBe(e.seed);
    }
  });

  it('gives every zone and company sourced facts', () => {
    for (const e of listed.filter((x) => x.kind !== 'district'))
      expect(factsOf(e.slug).length, e.slug).toBeGreaterThan(0);
  });

  it('keeps the history of facts the articles disagree on', () => {
    const pit = factsOf('pit-alatau').filter((f) => f.metric === 'participants' || f.metric === 'companies');
    const values = pit.map((f) => [f.value, f.source]);
    expect(values).toContainEqual([135, 'qamshy-2018-04-21']);
    expect(values).toContainEqual([203, 'kazpravda-2026-01-16']);
  });

  it('has the figures the cards will show', () => {
    const valtherm = factsOf('valtherm');
    expect(valtherm).toContainEqual(
      expect.objectContaining({ metric: 'investment', value: 11_600_000_000, currency: 'KZT' }),
    );
    expect(valtherm).toContainEqual(expect.objectContaining({ metric: 'jobs', value: 430 }));
  });

  it('gives brands and places the spellings people type', () => {
    const aliases = (slug: string) => Object.values(entities.get(slug)!.aliases).flat();
    expect(aliases('galanz-bottlers')).toContain('Галанз');
    expect(aliases('kairat-2')).toEqual(expect.arrayContaining(['Кайрат-2', 'Kairat-2', 'Qairat-2']));
    expect(aliases('pit-alatau')).toContain('ПИТ');
    expect(aliases('konaev-city')).toContain('Капшагай');
  });

  it.runIf(existsSync(SHARED))('uses copies of the shared entity list and query set that are up to date', () => {
    for (const [copy, original] of [
      ['entities.md', 'entities.md'],
      ['queries-dev.tsv', 'eval/queries-dev.tsv'],
    ]) {
      expect(readFileSync(join(FIXTURES, copy!), 'utf8'), copy).toBe(readFileSync(join(SHARED, original!), 'utf8'));
    }
  });
});
