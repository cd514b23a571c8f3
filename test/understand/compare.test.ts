// A comparison asked in a message, on the real catalogue: the word of comparing in Russian, Kazakh
// or English (typed without Kazakh letters, in Latin script, with a slip), and the names between the
// joining words, in the order written; questions that only mention comparing kinds are left alone.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/store/catalogue.ts';
import { openStore } from '../../src/store/open.ts';
import { compareAsked, namedToCompare } from '../../src/understand/compare.ts';
import { understand } from '../../src/understand/question.ts';
import { tempDir } from '../helpers.ts';

const tmp = tempDir();
const store = openStore(join(tmp.dir, 'compare.db'));
const knowledge = readCatalogue(store);
afterAll(() => {
  store.close();
  tmp.cleanup();
});

const PIT = 'pit-alatau';
const IZ = 'almaty-industrial-zone';

describe('a comparison asked in a message', () => {
  it.each([
    ['сравни ПИТ и Индустриальную зону Алматы', [PIT, IZ]],
    ['ПИТ Алатау vs Кайрат', [PIT, 'kairat']],
    ['compare PIT Alatau and Alatau SEZ', [PIT, 'alatau-sez']],
    ['ПИТ пен Қайратты салыстыр', [PIT, 'kairat']],
    ['ПИТ пен Кайратты салыстыр', [PIT, 'kairat']],
    ['PIT va Kairat salystyr', [PIT, 'kairat']],
    ['ПИТ-ті Қайратпен салыстырыңыз', [PIT, 'kairat']],
    ['Алатау АЭА мен Қорғас салыстыру', ['alatau-sez', 'khorgos-eastern-gate']],
    ['срвани пит и кайрат', [PIT, 'kairat']],
    ['campare PIT with Kairat', [PIT, 'kairat']],
    ['сравнить ПИТ Алатау, Кайрат и Береке', [PIT, 'kairat', 'bereke']],
    ['Кайрат-2 или Кайрат — что лучше?', ['kairat-2', 'kairat']],
    ['difference between PIT and Kairat-2', [PIT, 'kairat-2']],
    ['pit alatau vs almaty industrial zone', [PIT, IZ]],
    // Not zones: the answer says so, but the question is still a comparison.
    ['сравни Valtherm и KMK', ['valtherm', 'kmk-investment']],
    // One zone with a word of comparing: the other is picked next; none, and nothing else asked: both are.
    ['сравни ПИТ', [PIT]],
    ['хочу сравнить площадки', []],
    ['Аймақтарды салыстыру', []],
    ['compare', []],
  ])('%s → %j', (text, slugs) => {
    expect(compareAsked(knowledge.index, text)).toEqual(slugs);
    expect(understand(knowledge, text)).toEqual({ kind: 'compare', slugs });
  });

  it.each([
    // Kinds, not named zones: a question about the regime.
    'сравни льготы СЭЗ и индустриальных зон',
    'чем отличается СЭЗ от индустриальной зоны',
    'сравнить СЭЗ и индустриальные зоны',
    'в чем разница между сэз и индустриальной зоной',
    'разница',
    // Names without a word of comparing: a search, a list or a figure.
    'ПИТ, Кайрат',
    'ПИТ Алатау',
    'сколько участников в ПИТ Алатау',
    // "Better … or" with a single name asks nothing to compare.
    'что лучше ПИТ или нет',
    'справка о ПИТ',
  ])('%s is no comparison', (text) => {
    expect(compareAsked(knowledge.index, text)).toBeUndefined();
    expect(understand(knowledge, text).kind).not.toBe('compare');
  });

  it('reads a list of names as written, each once', () => {
    expect(namedToCompare(knowledge.index, 'ПИТ, Кайрат')).toEqual([PIT, 'kairat']);
    expect(namedToCompare(knowledge.index, 'Kairat/Kairat-2; Bereke')).toEqual(['kairat', 'kairat-2', 'bereke']);
    expect(namedToCompare(knowledge.index, 'ПИТ и ПИТ Алатау')).toEqual([PIT]);
    expect(namedToCompare(knowledge.index, 'что-то непонятное')).toEqual([]);
  });
});
