import { describe, expect, it } from 'vitest';
import { rankZones, type GuideZone, type Profile } from '../../src/guide/rank.ts';

const n = (name: string) => ({ ru: name, kk: name, en: name });
const zones: GuideZone[] = [
  {
    slug: 'pit',
    zoneKind: 'sez',
    places: ['alatau-district', 'almaty-city'],
    status: 'operating',
    freeLandHa: 7.7,
    occupancyPercent: 94,
    termEnd: '2027-12-31',
    companies: [{ name: n('NERO Group'), sector: 'manufacturing' }],
  },
  {
    slug: 'city-iz',
    zoneKind: 'industrial_zone',
    places: ['alatau-district', 'almaty-city'],
    status: 'operating',
    companies: [
      { name: n('Valtherm'), sector: 'manufacturing' },
      { name: n('Бижан'), sector: 'food' },
    ],
  },
  {
    slug: 'kairat-2',
    zoneKind: 'industrial_zone',
    places: ['talgar-district', 'almaty-region'],
    status: 'under_construction',
    companies: [],
  },
  { slug: 'parks', zoneKind: 'small_industrial_park', places: ['almaty-city'], status: 'operating', companies: [] },
  { slug: 'inp-park', zoneKind: 'science_park', places: ['almaty-region'], status: 'planned', companies: [] },
];
const base: Profile = {
  sector: 'manufacturing',
  where: { kind: 'any' },
  land: { kind: 'area', hectares: 2 },
  priorities: [],
};
const order = (p: Profile) => rankZones(p, zones, '2026-11-24').map((r) => r.slug);
const of = (p: Profile, slug: string) => rankZones(p, zones, '2026-11-24').find((r) => r.slug === slug)!;

describe('ranking zones for a project', () => {
  it('puts the SEZ first for a manufacturer who wants the benefits, with the reasons and the gaps', () => {
    const p: Profile = { ...base, priorities: ['benefits'] };
    expect(order(p)[0]).toBe('pit');
    const pit = of(p, 'pit');
    expect(pit.reasons.map((r) => r.key)).toEqual(
      expect.arrayContaining(['why-sez-benefits', 'why-free-land', 'why-operating', 'why-peers']),
    );
    expect(pit.gaps.map((g) => g.key)).toEqual(expect.arrayContaining(['gap-occupied', 'gap-term-ends']));
  });

  it('keeps to the city or region asked for, even against a readier site elsewhere', () => {
    const p: Profile = { ...base, where: { kind: 'region' }, priorities: ['infrastructure'] };
    expect(order(p)[0]).toBe('kairat-2');
  });

  it('keeps to the place asked for', () => {
    const p: Profile = { ...base, where: { kind: 'district', slug: 'talgar-district' } };
    expect(order(p)[0]).toBe('kairat-2');
    expect(of(p, 'pit').gaps.map((g) => g.key)).toContain('gap-elsewhere');
  });

  it('sends a workshop without land to the small industrial parks', () => {
    expect(order({ ...base, land: { kind: 'none' } })[0]).toBe('parks');
    expect(of(base, 'parks').gaps.map((g) => g.key)).toContain('gap-park-too-small');
  });

  it('says so when the free land is short or unknown', () => {
    const big: Profile = { ...base, land: { kind: 'area', hectares: 20 }, priorities: ['free_land'] };
    expect(of(big, 'pit').gaps).toContainEqual({ key: 'gap-free-land-short', vars: { free: 7.7, need: 20 } });
    expect(of(big, 'city-iz').gaps.map((g) => g.key)).toContain('gap-free-land-unknown');
  });

  it('prefers ready sites when infrastructure matters, and the science park only for IT', () => {
    const ready = order({ ...base, where: { kind: 'region' }, priorities: ['infrastructure'] });
    expect(ready.indexOf('kairat-2')).toBeLessThan(ready.indexOf('inp-park'));
    expect(of({ ...base, sector: 'it' }, 'inp-park').reasons.map((r) => r.key)).toContain('why-science-park');
    expect(of({ ...base, sector: 'food' }, 'pit').gaps.map((g) => g.key)).toContain('gap-sez-activities');
  });

  it('names companies of the same trade already there', () => {
    expect(of({ ...base, sector: 'food' }, 'city-iz').reasons).toContainEqual({
      key: 'why-peers',
      vars: { count: 1, names: 'Бижан' },
    });
  });

  it('ranks only zones in Almaty and its region, never an SEZ elsewhere in the country', () => {
    const khorgos: GuideZone = {
      slug: 'khorgos',
      zoneKind: 'sez',
      places: ['zhetysu-region'],
      status: 'operating',
      freeLandHa: 100,
      companies: [],
    };
    const ranked = rankZones({ ...base, priorities: ['benefits', 'free_land'] }, [...zones, khorgos], '2026-11-24');
    expect(ranked.map((r) => r.slug)).not.toContain('khorgos');
    expect(ranked).toHaveLength(zones.length);
  });
});
