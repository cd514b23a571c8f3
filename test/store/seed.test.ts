import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../src/dataset/load.ts';
import { search } from '../../src/search/engine.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { buildSearchIndex } from '../../src/store/search-docs.ts';
import { seedStore } from '../../src/store/seed.ts';
import { copySeedDir, tempDir } from '../helpers.ts';

const TABLES = ['sources', 'entities', 'districts', 'zones', 'companies', 'aliases', 'facts', 'meta'];

function dump(store: Store): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));
}

let tmp: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  tmp = tempDir();
  store = openStore(join(tmp.dir, 'nested/dir/bot.db'));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('the store', () => {
  it('is created, migrated and seeded on first use', () => {
    const count = (t: string) => (store.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count('sources')).toBe(loadDataset(SEED_DIR).sources.length);
    expect(count('entities')).toBeGreaterThanOrEqual(70);
    expect(count('facts')).toBeGreaterThan(100);
    const valtherm = store.sqlite.prepare("SELECT * FROM companies WHERE slug = 'valtherm'").get() as Record<
      string,
      unknown
    >;
    expect(valtherm).toMatchObject({
      zone_slug: 'almaty-industrial-zone',
      district_slug: 'alatau-district',
      sector: 'manufacturing',
    });
    const fact = store.sqlite
      .prepare(
        "SELECT f.value_num, f.currency, s.publisher FROM facts f JOIN sources s ON s.id = f.source_id WHERE f.entity_slug = 'valtherm' AND f.metric = 'investment'",
      )
      .get();
    expect(fact).toEqual({ value_num: 11_600_000_000, currency: 'KZT', publisher: expect.any(String) });
  });

  it('is searchable once opened', () => {
    const index = buildSearchIndex(store.db);
    expect(search(index, 'Валтерм')[0]?.slug).toBe('valtherm');
    expect(search(index, 'Капшагай').map((r) => r.slug)).toContain('konaev-city');
    expect(search(index, 'погода в Лондоне')).toEqual([]);
    // A name many entities share does not outweigh a word the store does not know.
    expect(search(index, 'ресторан в Алматы')).toEqual([]);
  });

  it('changes nothing when seeded again', () => {
    const before = dump(store);
    expect(seedStore(store.db, loadDataset(SEED_DIR))).toEqual({ inserted: 0, updated: 0, deleted: 0, changes: [] });
    expect(dump(store)).toEqual(before);
  });

  it('follows a changed data file: updates, adds and removes rows by their keys', () => {
    const data = loadDataset(SEED_DIR);
    const valtherm = data.companies.find((c) => c.slug === 'valtherm')!;
    valtherm.aliases = { ...valtherm.aliases, ru: [...(valtherm.aliases.ru ?? []), 'Валтерм-Алматы'] };
    valtherm.name = { ...valtherm.name, en: 'Valtherm LLP' };
    data.facts = data.facts.filter((f) => !(f.entity === 'valtherm' && f.metric === 'jobs'));
    const report = seedStore(store.db, data);
    expect(report.inserted).toBe(1);
    expect(report.updated).toBe(1);
    expect(report.deleted).toBeGreaterThan(0);
    expect(store.sqlite.prepare("SELECT name_en FROM entities WHERE slug = 'valtherm'").get()).toEqual({
      name_en: 'Valtherm LLP',
    });
    expect(
      store.sqlite.prepare("SELECT count(*) AS n FROM facts WHERE entity_slug = 'valtherm' AND metric = 'jobs'").get(),
    ).toEqual({ n: 0 });
  });

  it('re-seeds on opening when the data files have changed since', () => {
    const seedDir = copySeedDir(tmp.dir);
    const path = join(tmp.dir, 'follows.db');
    openStore(path, { seedDir }).close();
    const file = join(seedDir, 'companies.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('aliases: { ru: [Валтерм,', 'aliases: { ru: [Валтерм Радиатор,'),
    );
    const reopened = openStore(path, { seedDir });
    try {
      expect(
        reopened.sqlite.prepare("SELECT count(*) AS n FROM aliases WHERE text = 'Валтерм Радиатор'").get(),
      ).toEqual({ n: 1 });
    } finally {
      reopened.close();
    }
  });

  it('finds every entity by each of its names, aliases and keywords', () => {
    const index = buildSearchIndex(store.db);
    const misses: string[] = [];
    for (const doc of index.docs) {
      for (const text of [doc.name.ru, doc.name.kk, doc.name.en, ...doc.aliases.map((a) => a.text)]) {
        if (!search(index, text).some((r) => r.slug === doc.slug)) misses.push(`${doc.slug}: ${text}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('rolls back everything when a row cannot be written', () => {
    const before = dump(store);
    const data = loadDataset(SEED_DIR);
    data.sources[0] = { ...data.sources[0]!, title: 'changed' };
    data.companies[0] = { ...data.companies[0]!, in: 'no-such-place' };
    expect(() => seedStore(store.db, data)).toThrow();
    expect(dump(store)).toEqual(before);
  });
});

describe('a broken data file', () => {
  const broken: Array<[string, (text: string) => string, RegExp]> = [
    [
      'companies.yaml',
      (t) =>
        t.replace(
          'sector: manufacturing\n  source: almaty-akimat-2021\n  name: { ru: Valtherm',
          'sector: radiators\n  source: almaty-akimat-2021\n  name: { ru: Valtherm',
        ),
      /companies\.yaml: record #\d+ \(valtherm\): field "sector"/,
    ],
    [
      'zones.yaml',
      (t) => t.replace('in: talgar-district', 'in: talgar'),
      /zones\.yaml: record #\d+ \(kairat-2\): field "in": no district with slug "talgar"/,
    ],
    [
      'districts.yaml',
      (t) => t.replace('- slug: talgar-district', '- slug: Talgar District'),
      /districts\.yaml: record #\d+ \(Talgar District\): field "slug"/,
    ],
    [
      'sources.yaml',
      (t) => t.replace(/date: "?2018-04-21"?/, 'date: 21.04.2018'),
      /sources\.yaml: record #\d+ \(qamshy-2018-04-21\): field "date"/,
    ],
    [
      'facts/kazpravda-2026-01-16.yaml',
      (t) => t.replace(/entity: pit-alatau/, 'entity: pit-alatua'),
      /facts\/kazpravda-2026-01-16\.yaml: record #\d+ \(pit-alatua\): field "entity"/,
    ],
    [
      'facts/almaty-akimat-2021.yaml',
      (t) => t.replace(/currency: KZT/, 'currency: RUB'),
      /facts\/almaty-akimat-2021\.yaml: record #\d+ \([a-z0-9-]+\): field "currency"/,
    ],
    [
      'zones.yaml',
      (t) => t.replace('zone_kind: sez', 'zone_kind: sez\n  zone_kind: sez'),
      /zones\.yaml: record file: field "\(syntax\)"/,
    ],
    [
      'sources.yaml',
      (t) => t.replace(/date: "?2018-04-21"?/, 'date: "2018-02-30"'),
      /sources\.yaml: record #\d+ \(qamshy-2018-04-21\): field "date": is not a real date/,
    ],
    [
      'districts.yaml',
      (t) => t.replace('- slug: almaty-region\n', '- slug: almaty-region\n  in: talgar-district\n'),
      /districts\.yaml: record #\d+ \([a-z-]+\): field "in": districts contain each other in a loop/,
    ],
  ];

  it('names a missing facts folder', () => {
    const seedDir = copySeedDir(tmp.dir);
    rmSync(join(seedDir, 'facts'), { recursive: true });
    expect(() => loadDataset(seedDir)).toThrow(/facts: record folder: field "\(folder\)": cannot be read/);
  });

  it.each(broken)(
    '%s is rejected with the file, record and field named, and nothing written',
    (file, breakIt, message) => {
      const seedDir = copySeedDir(tmp.dir);
      const path = join(seedDir, file);
      const original = readFileSync(path, 'utf8');
      const changed = breakIt(original);
      expect(changed).not.toBe(original);
      writeFileSync(path, changed);
      expect(() => loadDataset(seedDir)).toThrow(DatasetError);
      expect(() => loadDataset(seedDir)).toThrow(message);
      // A store opened on such files is not seeded at all: it fails before writing any data.
      expect(() => openStore(join(tmp.dir, 'fresh.db'), { seedDir })).toThrow(message);
    },
  );
});

describe('applications', () => {
  it('are filed once per submission, with a reference number and a recorded history', () => {
    const applications = store.repos.applications;
    const application = {
      submissionKey: '42:7',
      userId: 42,
      chatId: 42,
      language: 'kk' as const,
      kind: 'invest' as const,
      name: 'Асель',
      company: null,
      contact: '+77011234567',
      contactKind: 'phone' as const,
      description: 'Цех металлоконструкций',
      zoneSlug: 'kairat-2',
      profile: null,
    };
    const first = applications.file(application, new Date('2026-03-01T10:00:00Z'));
    const again = applications.file(application, new Date('2026-03-01T10:00:05Z'));
    expect(first.created).toBe(true);
    expect(again).toEqual({ application: first.application, created: false });
    expect(first.application.ref).toBe(`INV-2026-${String(first.application.id).padStart(6, '0')}`);
    expect(applications.changeStatus(first.application.id, 'taken', 9, new Date('2026-03-02T09:00:00Z'))?.status).toBe(
      'taken',
    );
    expect(applications.changeStatus(first.application.id, 'taken', 9)).toBeUndefined();
    expect(applications.events(first.application.id).map((e) => [e.status, e.byUserId, e.at])).toEqual([
      ['new', 42, '2026-03-01T10:00:00.000Z'],
      ['taken', 9, '2026-03-02T09:00:00.000Z'],
    ]);
  });
});
