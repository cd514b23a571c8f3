import { describe, expect, it } from 'vitest';
import { parkAdvice, type ParkFigures } from '../../src/guide/parks.ts';

const figures: ParkFigures = {
  parks: { value: 15, asOf: '2025-06-01' },
  averageM2: { value: 5000, asOf: '2021-06-28' },
  rent: { value: 1200, asOf: '2021-06-28' },
};
const keys = (a: Parameters<typeof parkAdvice>[0], f = figures) => parkAdvice(a, f).fits.map((r) => r.key);

describe('advice on a place in a small industrial park', () => {
  it('weighs the area asked against an average park', () => {
    expect(parkAdvice({ what: 'швейный цех', m2: 300, where: 'city' }, figures).fits).toContainEqual({
      key: 'parks-fit-area',
      vars: { area: 300, average: 5000 },
    });
    expect(keys({ what: 'цех', m2: 4000, where: 'city' })).toContain('parks-fit-area-large');
    expect(keys({ what: 'цех', m2: 8000, where: 'city' })).toContain('parks-fit-area-too-big');
  });

  it('takes production as the parks’ trade, and asks to check anything else', () => {
    expect(keys({ what: 'тігін цехы', m2: 200, where: 'city' })).toContain('parks-fit-trade');
    expect(keys({ what: 'coffee shop', m2: 200, where: 'city' })).toContain('parks-fit-trade-check');
  });

  it('says what is not known: rents now (with the last figure and its year) and free units', () => {
    expect(parkAdvice({ what: 'цех', m2: 200, where: 'region' }, figures)).toEqual({
      fits: [
        { key: 'parks-fit-count', vars: { count: 15, year: '2025' } },
        { key: 'parks-fit-trade' },
        { key: 'parks-fit-area', vars: { area: 200, average: 5000 } },
        { key: 'parks-region-note' },
      ],
      unknown: [{ key: 'parks-unknown-rent', vars: { rent: 1200, year: '2021' } }, { key: 'parks-unknown-free' }],
    });
    expect(parkAdvice({ what: 'цех', m2: 200 }, {}).unknown.map((r) => r.key)).toEqual([
      'parks-unknown-rent-none',
      'parks-unknown-free',
    ]);
  });
});
