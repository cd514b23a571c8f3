import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.ts';
import { sourceRecord } from '../../src/dataset/schema.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { FIXTURES } from '../helpers.ts';

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
      // The list's spelling is the name, or kept as an alias where the name was corrected (balanced
      // quotes, «индустриялық аймақ»), so that what people copy from it is still found.
      const spelled = (lang: 'ru' | 'kk', listed: string) =>
        record!.name[lang] === listed || (record!.aliases[lang] ?? []).includes(listed);
      expect(spelled('ru', e.ru), `${e.slug}: ${e.ru}`).toBe(true);
      expect(spelled('kk', e.kk), `${e.slug}: ${e.kk}`).toBe(true);
      expect('in' in record! ? (record!.in ?? '') : '', e.slug).toBe(e.in);
      const source = data.sources.find((s) => s.id === record!.source);
      expect(source?.seed_file, e.slug).toBe(e.seed);
    }
  });

  it("writes names with balanced quotes and the Law's term for an industrial zone", () => {
    const names = [...entities.values()].flatMap((e) => Object.values(e.name));
    for (const name of names) {
      // Russian and Kazakh nest „…“ inside «…»; English nests '…' inside "…".
      const depth = [...name].reduce(
        (d, c) => (d < 0 ? d : '«„'.includes(c) ? d + 1 : '»“'.includes(c) ? d - 1 : d),
        0,
      );
      expect(depth, name).toBe(0);
      expect((name.match(/"/g) ?? []).length % 2, name).toBe(0);
    }
    expect(entities.get('pit-alatau')!.name).toEqual({
      ru: 'СЭЗ «Парк инновационных технологий „Алатау“»',
      kk: '«„Алатау“ инновациялық технологиялар паркі» АЭА',
      en: '"Alatau" Park of Innovative Technologies SEZ',
    });
    const kk = [...entities.values()].map((e) => e.name.kk);
    expect(kk.filter((n) => /индустриалды/i.test(n))).toEqual([]);
    expect(entities.get('kairat-2')!.name.kk).toBe('«Қайрат-2» индустриялық аймағы');
    expect(entities.get('almaty-industrial-zone')!.name.kk).toBe('Алматы қаласының индустриялық аймағы');
  });

  it('tags a company with a country or a trade only where a source gives it', () => {
    expect(data.companies.filter((c) => c.country).map((c) => c.slug)).toEqual([]);
    // The Almaty IZ article only names these among its completed or planned projects.
    for (const slug of ['brb-apk', 'tokyo-rope-almaty', 'hyundai-trans-kazakhstan', 'technokont'])
      expect(entities.get(slug)!, slug).toMatchObject({ sector: 'other' });
    expect(entities.get('valtherm')!).toMatchObject({ sector: 'manufacturing' });
  });

  it("says in each figure what it counts, with no editor's note and no status said twice", () => {
    const notes = data.facts.flatMap((f) => (f.note ? [{ f, ...f.note }] : []));
    for (const { f, ru, kk, en } of notes) {
      const where = `${f.source}: ${f.entity} ${f.metric} ${f.scope ?? ''}`;
      expect(`${ru} ${kk} ${en}`, where).not.toMatch(/в тексте|мәтінде|article:|не уточн|айтылмаған|does not say/i);
      // Russian text carries no Kazakh letters («Жетысу», not «Жетісу»).
      expect(ru, where).not.toMatch(/[әғқңөұүһі]/i);
    }
    const statusWords = {
      ru: /^(работает|строится|создаётся|запускается|планируется|строящийся)/,
      en: /^(operating|under construction|being|a city under)/,
    };
    for (const { f, ru, en } of notes.filter((n) => n.f.metric === 'status')) {
      expect(ru, f.entity).not.toMatch(statusWords.ru);
      expect(en, f.entity).not.toMatch(statusWords.en);
    }
    const label = (slug: string, metric: string, scope: string) =>
      data.facts.find((f) => f.entity === slug && f.metric === metric && f.scope === scope)!.note!;
    expect(label('kmk-investment', 'jobs', 'stage-2').ru).toMatch(/^рабочие места второй очереди/);
    expect(label('kmk-investment', 'jobs', 'stage-1').en).toMatch(/^jobs at stage 1/);
    expect(label('gsg-vysotnik', 'jobs', 'joint').ru).toMatch(/^рабочие места двух проектов/);
    expect(label('bsf', 'jobs', 'joint').kk).toMatch(/жұмыс орындары/);
    expect(label('alatau-city', 'projects', 'investment-projects').ru).not.toMatch(/стоимост/);
    expect(label('alatau-city', 'investment', 'investment-projects').ru).toMatch(/^общая стоимость 32/);
    // A label does not repeat its own number.
    expect(label('almaty-region', 'other', 'substations').ru).not.toMatch(/15/);
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

  it('holds the zones beside PIT with their places and sources: the Alatau SEZ, Kairat, Khorgos and the SEZs elsewhere', () => {
    const placed = (slug: string) => {
      const e = entities.get(slug)!;
      return { in: 'in' in e ? e.in : undefined, source: data.sources.find((s) => s.id === e.source)?.publisher.en };
    };
    expect(placed('alatau-sez')).toEqual({ in: 'almaty-region', source: 'ktk.kz' });
    expect(placed('kairat')).toEqual({ in: 'almaty-region', source: 'Kazinform' });
    expect(placed('khorgos-eastern-gate')).toEqual({ in: 'zhetysu-region', source: 'Decree No. 187 (studylib copy)' });
    expect(placed('khorgos-icbc')).toEqual({ in: 'zhetysu-region', source: 'adilet.zan.kz (Resolution No. 624)' });
    expect(placed('astana-technopolis')).toEqual({ in: 'astana-city', source: 'adilet.zan.kz (P1700000772)' });
    expect(placed('atyrau-sez').in).toBe('atyrau-region');
    expect(placed('turkistan-sez').in).toBe('turkistan-region');
    // Regions outside ours are nobody's part, so that a question about Kazakhstan is not one about its zones.
    for (const slug of ['zhetysu-region', 'atyrau-region', 'turkistan-region', 'astana-city', 'kazakhstan'])
      expect(placed(slug).in, slug).toBeUndefined();

    const fact = (slug: string, metric: string, scope?: string) =>
      factsOf(slug)
        .filter((f) => f.metric === metric && f.scope === scope)
        .map((f) => ({ value: f.value, as_of: f.as_of, source: f.source }))
        .sort((a, b) => (a.as_of ?? '').localeCompare(b.as_of ?? ''));
    expect(fact('alatau-sez', 'term_end')).toEqual([
      { value: '2048', as_of: '2023-09-28', source: 'ktk-2023-09-28' },
      { value: '2048', as_of: '2024-01-01', source: 'astanatimes-2024-01' },
    ]);
    expect(fact('alatau-sez', 'area').map((f) => f.value)).toEqual([30_000, 96_500]);
    expect(fact('khorgos-eastern-gate', 'term_end')).toEqual([
      { value: '2035', as_of: '2011-11-29', source: 'decree-187-2011' },
    ]);
    expect(fact('khorgos-eastern-gate', 'area')).toEqual([
      { value: 5431.5, as_of: '2025-07-01', source: 'resolution-495-2025' },
    ]);
    expect(fact('almaty-industrial-zone', 'occupancy')).toContainEqual({
      value: 95,
      as_of: '2023-01-01',
      source: 'expert-kz-2023',
    });
    expect(fact('kazakhstan', 'zones', 'sez').map((f) => [f.value, f.as_of])).toEqual([
      [16, '2025-12-02'],
      [17, '2025-12-25'],
      [17, '2026-03-10'],
    ]);
    expect(fact('kazakhstan', 'zones', 'industrial-zones').map((f) => f.value)).toEqual([66, 66]);
  });

  it('keeps a source without a title or a date as such, its facts undated', () => {
    const undated = data.sources.find((s) => s.id === 'adilet-p1700000772')!;
    expect(undated.date).toBe('undated');
    expect(undated.title).toBeUndefined();
    expect(fact2('astana-technopolis')).toEqual([{ metric: 'term_end', value: '2042', as_of: '' }]);
    // An act's own undated text, whose zone was created on a known day: its facts carry that day.
    expect(fact2('atyrau-sez')).toEqual([
      { metric: 'launch_date', value: '2025-12-01', as_of: '2025-12-01' },
      { metric: 'term_end', value: '2036-12-31', as_of: '2025-12-01' },
    ]);
    function fact2(slug: string) {
      return factsOf(slug).map((f) => ({ metric: f.metric, value: f.value, as_of: f.as_of }));
    }
  });

  it('names and dates each seed article as the article itself does, and each outlet by one name', () => {
    const seed = (file: string) => data.sources.find((s) => s.seed_file?.startsWith(file))!;
    // 001 gives no date, title or outlet; its figures run to May 2025.
    expect(seed('001')).toMatchObject({ date: 'undated', data_to: '2025-05' });
    expect(seed('001').title).toBeUndefined();
    // 002 gives no date or title and credits the akimat's public relations service.
    expect(seed('002')).toMatchObject({ date: 'undated', data_to: '2021' });
    expect(seed('002').title).toBeUndefined();
    expect(seed('002').publisher.kk).toBe('Алматы қаласы әкімдігінің қоғаммен байланыс қызметі');
    // Their figures carry what the data run to, not an invented month.
    const asOf = (source: string) =>
      new Set(data.facts.filter((f) => f.source === source && !f.scope).map((f) => f.as_of));
    expect(asOf(seed('001').id)).toContain('2025-05-01');
    expect(asOf(seed('002').id)).toContain('2021-01-01');
    for (const [file, title] of [
      ['000', 'Алматы облысында 1,3 трлн теңге инвестиция тартылып, 15 индустриалды аймақ құрылады'],
      ['003', 'Алматының индустриалды аймағында биыл 10 жаңа кәсіпорын іске қосылады'],
      ['004', 'Новый полюс экономического притяжения'],
    ])
      expect(seed(file!).title, file).toBe(title);
    const byName = new Map<string, string>();
    for (const s of data.sources) {
      // kazinform.kz and inform.kz are one outlet; so are Kazpravda and Kazakhstanskaya Pravda.
      expect(s.publisher.en, s.id).not.toMatch(/^(?:inform\.kz|Kazpravda)$/);
      const names = JSON.stringify(s.publisher);
      expect(byName.get(s.publisher.en) ?? names, s.id).toBe(names);
      byName.set(s.publisher.en, names);
    }
  });

  it('reads a source without a title or language, or "undated", and refuses another word for a date', () => {
    const act = { id: 'act', publisher: 'adilet.zan.kz' };
    expect(sourceRecord.safeParse({ ...act, date: 'undated' }).success).toBe(true);
    expect(sourceRecord.safeParse({ ...act, date: '2017-01-01', date_precision: 'year', language: 'ru' }).success).toBe(
      true,
    );
    const wrong = sourceRecord.safeParse({ ...act, date: 'unknown' });
    expect(wrong.error?.issues[0]?.path).toEqual(['date']);
    expect(sourceRecord.safeParse({ ...act, date: 'undated', title: '' }).success).toBe(false);
    expect(sourceRecord.safeParse({ ...act, date: 'undated', data_to: '2025-05' }).success).toBe(true);
    // A dated source is dated by its date; what its data run to is said only when it gives none.
    expect(sourceRecord.safeParse({ ...act, date: '2025-06-01', data_to: '2025-05' }).error?.issues[0]?.path).toEqual([
      'data_to',
    ]);
  });
});
