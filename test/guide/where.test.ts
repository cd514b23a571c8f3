// Places typed for "Where?" or in a need, on the real catalogue: however they are spelled, with
// "near" in three languages, the ring road, the region's name, and the broad answers.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { whereOf } from '../../src/guide/where.ts';
import { readCatalogue } from '../../src/store/catalogue.ts';
import { openStore } from '../../src/store/open.ts';
import { tempDir } from '../helpers.ts';

const tmp = tempDir();
const store = openStore(join(tmp.dir, 'where.db'));
const { index } = readCatalogue(store);
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('a typed place', () => {
  it.each([
    ['возле Алматы', { kind: 'near' }],
    ['рядом с Алматы', { kind: 'near' }],
    ['под Алматы', { kind: 'near' }],
    ['near Almaty', { kind: 'near' }],
    ['close to Almaty', { kind: 'near' }],
    ['Алматы маңында', { kind: 'near' }],
    ['Almaty manynda', { kind: 'near' }],
    ['возле БАКАД', { kind: 'near' }],
    ['Алматы облысы', { kind: 'region' }],
    ['almaty oblysy', { kind: 'region' }],
    ['в области', { kind: 'region' }],
    ['Алматы', { kind: 'city' }],
    ['almaty', { kind: 'city' }],
    ['Алматыда', { kind: 'city' }],
    ['в городе', { kind: 'city' }],
    ['Талгар', { kind: 'district', slug: 'talgar-district' }],
    ['Talgar', { kind: 'district', slug: 'talgar-district' }],
    ['Каскелен', { kind: 'district', slug: 'karasay-district' }],
    ['Без разницы', { kind: 'any' }],
    ['маңызды емес', { kind: 'any' }],
    ['anywhere', { kind: 'any' }],
  ])('%s', (text, where) => {
    expect(whereOf(index, text)).toEqual(where);
  });

  it('is found inside a need, and nothing is made up where none is named', () => {
    expect(whereOf(index, 'I need 5 ha for a warehouse near Almaty')).toEqual({ kind: 'near' });
    expect(whereOf(index, 'хочу молочный завод на 3 га в области')).toEqual({ kind: 'region' });
    expect(whereOf(index, 'швейный цех')).toBeUndefined();
  });
});
