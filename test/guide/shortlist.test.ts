import { describe, expect, it } from 'vitest';
import type { Profile, Ranked } from '../../src/guide/rank.ts';
import { sectorsIn } from '../../src/guide/sectors.ts';
import { profileOfCode, shortlist, shortlistCode } from '../../src/guide/shortlist.ts';

const districts = new Set(['talgar-district', 'enbekshikazakh-district']);
const isDistrict = (slug: string) => districts.has(slug);

describe('a shortlist code', () => {
  it.each<Profile>([
    { sector: 'it', where: { kind: 'city' }, land: { kind: 'none' }, priorities: [] },
    {
      sector: 'food',
      where: { kind: 'near' },
      land: { kind: 'area', hectares: 2.5 },
      priorities: ['benefits', 'free_land'],
    },
    {
      sector: 'construction_materials',
      where: { kind: 'district', slug: 'enbekshikazakh-district' },
      land: { kind: 'area', hectares: 10_000 },
      priorities: ['benefits', 'infrastructure', 'near_city', 'free_land'],
    },
  ])('carries the project there and back within Telegram’s 64 bytes (%#)', (p) => {
    const code = shortlistCode(p);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(`r:999:${code}`.length).toBeLessThanOrEqual(64);
    expect(profileOfCode(code, isDistrict)).toEqual(p);
  });

  it('is refused when made up', () => {
    for (const code of ['9f-0-c', '0z-0-c', '00-0-x', '00-0-almaty-city', '010-0-c', '00--c'])
      expect(profileOfCode(code, isDistrict), code).toBeUndefined();
  });
});

describe('the shortlist', () => {
  const r = (slug: string, fits: boolean): Ranked => ({ slug, fits, score: 0, reasons: [], gaps: [] });
  it('is every fitting zone, or the closest few when none fits', () => {
    const many = Array.from({ length: 11 }, (_, i) => r(`z${i}`, true));
    expect(shortlist([...many, r('x', false)])).toEqual({ results: many, exact: true });
    expect(shortlist([r('a', false), r('b', false), r('c', false), r('d', false)])).toMatchObject({
      results: [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }],
      exact: false,
    });
  });
});

describe('the trades a zone profile names', () => {
  it.each([
    ['высокие технологии, информационные технологии, R&D, high tech, innovation', ['manufacturing', 'it']],
    [
      'profile: business, education and medicine, industry and logistics, tourism',
      ['manufacturing', 'food', 'logistics', 'construction_materials'],
    ],
    ['cross-border trade', []],
  ])('%s', (text, sectors) => {
    expect(sectorsIn(text)).toEqual(sectors);
  });
});
