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
    activities: ['manufacturing', 'it'],
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
    expect(of({ ...base, sector: 'food' }, 'pit').gaps).toContainEqual({
      key: 'gap-sez-activities',
      vars: { sector: 'food' },
    });
  });

  it('names companies of the same trade already there', () => {
    expect(of({ ...base, sector: 'food' }, 'city-iz').reasons).toContainEqual({
      key: 'why-peers',
      vars: { count: 1, names: 'Бижан' },
    });
  });

  it('weighs the trade: a food plant is not sent to the high-tech SEZ, an IT project goes there before the parks', () => {
    const food = rankZones({ ...base, sector: 'food' }, zones, '2026-11-24');
    expect(food.find((r) => r.slug === 'pit')!.fits).toBe(false);
    expect(food[0]!.slug).not.toBe('pit');
    const it: Profile = { ...base, sector: 'it', where: { kind: 'city' }, land: { kind: 'none' } };
    const ranked = rankZones(it, zones, '2026-11-24');
    expect(ranked[0]!.slug).toBe('pit');
    expect(ranked[0]!.reasons).toContainEqual({ key: 'why-sez-activities', vars: { sector: 'it' } });
    // Industrial zones and workshops are no place for software: they do not fit, and say why.
    expect(ranked.find((r) => r.slug === 'parks')).toMatchObject({ fits: false });
    expect(of(it, 'city-iz').gaps.map((g) => g.key)).toContain('gap-industrial-zone-sector');
  });

  it('takes an SEZ whose activities are unknown as possible, saying so', () => {
    const open: GuideZone = { slug: 'new-sez', zoneKind: 'sez', places: ['almaty-region'], companies: [] };
    const r = rankZones({ ...base, sector: 'food' }, [open], '2026-11-24')[0]!;
    expect(r.fits).toBe(true);
    expect(r.gaps.map((g) => g.key)).toEqual(
      expect.arrayContaining(['gap-sez-activities-unknown', 'gap-status-unknown']),
    );
  });

  it('never says utilities are brought in where the zone is still being built', () => {
    for (const r of rankZones(base, zones, '2026-11-24')) {
      const keys = [...r.reasons, ...r.gaps].map((x) => x.key);
      if (keys.includes('gap-not-ready')) expect(keys, r.slug).not.toContain('why-industrial-zone');
      if (keys.includes('why-industrial-zone')) expect(keys, r.slug).toContain('why-operating');
    }
    expect(of(base, 'kairat-2').reasons.map((x) => x.key)).toContain('why-industrial-zone-plots');
  });

  it('counts the city and the districts and ring road around it as near Almaty', () => {
    const bakad: GuideZone = {
      slug: 'bakad-zones',
      zoneKind: 'industrial_zone',
      places: ['almaty-region'],
      status: 'under_construction',
      companies: [],
    };
    const far: GuideZone = { ...bakad, slug: 'shelek', places: ['enbekshikazakh-district', 'almaty-region'] };
    const near = rankZones({ ...base, where: { kind: 'near' } }, [...zones, bakad, far], '2026-11-24');
    const fitting = near.filter((r) => r.fits).map((r) => r.slug);
    expect(fitting).toEqual(expect.arrayContaining(['pit', 'city-iz', 'kairat-2', 'bakad-zones']));
    expect(fitting).not.toContain('shelek');
    expect(near.find((r) => r.slug === 'bakad-zones')!.reasons).toContainEqual({ key: 'why-near-city' });
  });

  it('puts every fitting zone before the ones that do not fit', () => {
    const ranked = rankZones({ ...base, where: { kind: 'region' } }, zones, '2026-11-24');
    const firstMiss = ranked.findIndex((r) => !r.fits);
    expect(ranked.slice(firstMiss).every((r) => !r.fits)).toBe(true);
    expect(ranked.filter((r) => r.fits).map((r) => r.slug)).toEqual(['kairat-2']);
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
