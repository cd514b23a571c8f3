import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/search/engine.ts';
import { swapLayout } from '../../src/search/layout.ts';
import { baseForms, stem } from '../../src/search/lexicon.ts';
import { foldKazakh, skeleton, tokens, words } from '../../src/search/normalize.ts';

describe('Kazakh letters typed with Russian ones', () => {
  it.each([
    ['қ', 'к'],
    ['ү', 'у'],
    ['ұ', 'у'],
    ['ө', 'о'],
    ['ә', 'а'],
    ['і', 'и'],
    ['ғ', 'г'],
    ['ң', 'н'],
    ['һ', 'х'],
  ])('%s folds to %s', (kazakh, russian) => {
    expect(foldKazakh(kazakh)).toBe(russian);
    expect(foldKazakh(kazakh.toUpperCase())).toBe(russian);
  });

  it('makes whole names meet', () => {
    expect(tokens('Қайрат-2')).toEqual(tokens('Кайрат-2'));
    expect(tokens('Еңбекшіқазақ')).toEqual(tokens('Енбекшиказак'));
    expect(tokens('Тасқарасу')).toEqual(tokens('Таскарасу'));
  });
});

describe('Latin transliteration', () => {
  it.each([
    ['Qairat', 'Kairat', 'Кайрат', 'Kayrat'],
    ['Zhetysu', 'Jetisu', 'Жетісу', 'Жетысу'],
    ['Uyghur', 'Uighur', 'Uigur', 'Уйгур'],
    ['Enbekshikazakh', 'Енбекшиказах', 'Yenbekshikazakh', 'Enbekshikazah'],
    ['Qonaev', 'Konaev', 'Қонаев', 'Конаев'],
    ['Valtherm', 'Валтерм', 'Валтхерм', 'valterm'],
    ['Şelek', 'Shelek', 'Шелек', 'SHELEK'],
  ])('%s, %s, %s and %s share one skeleton', (...spellings) => {
    const skeletons = new Set(spellings.map(skeleton));
    expect(skeletons.size).toBe(1);
  });

  it('reads c as s before e and i, and as k elsewhere', () => {
    expect(skeleton('City')).toBe(skeleton('Сити'));
    expect(skeleton('Pepsico')).toBe(skeleton('Пепсико'));
  });

  it('drops doubled letters in words but keeps them in abbreviations', () => {
    expect(skeleton('Apple')).toBe(skeleton('Aple'));
    expect(skeleton('ККМ')).not.toBe(skeleton('КМ'));
  });
});

describe('words', () => {
  it('ignores case, quotes and punctuation', () => {
    expect(tokens('«ВАЛТЕРМ»!!')).toEqual(tokens('валтерм'));
    expect(tokens('"Шелек", аймағы?')).toEqual(tokens('шелек аймағы'));
  });

  it('joins brand ampersands and dotted initials, and splits a word from its number', () => {
    expect(words('KT&G')).toEqual(['ktg']);
    expect(words('Г.С.Г. Высотник')).toEqual(['гсг', 'высотник']);
    expect(words('в г Алматы')).toEqual(['в', 'г', 'алматы']);
    expect(words('Кайрат2')).toEqual(['кайрат', '2']);
    expect(words('G4 City')).toEqual(['g4', 'city']);
  });
});

describe('wrong keyboard layout', () => {
  it('reads Latin keys as the Russian letters under them', () => {
    expect(swapLayout('rfqhfn')).toBe('кайрат');
    expect(swapLayout('fkfnfe')).toBe('алатау');
    expect(swapLayout('ntgkjcnbk')).toBe('теплостил');
  });

  it('reads Russian keys as the Latin letters under them', () => {
    expect(swapLayout('Мфдерукь')).toBe('valtherm');
  });

  it('leaves mixed-script text and text without letters alone', () => {
    expect(swapLayout('Valtherm Алматы')).toBeUndefined();
    expect(swapLayout('123 ?')).toBeUndefined();
  });
});

describe('endings', () => {
  it('takes Russian case endings off', () => {
    expect(stem(skeleton('Талгарском'))).toBe(skeleton('Талгар'));
    expect(stem(skeleton('Уйгурскому'))).toBe(skeleton('Уйгур'));
    expect(baseForms(skeleton('Кайрате'))).toContain(skeleton('Кайрат'));
  });

  it('takes stacked Kazakh suffixes off', () => {
    expect(baseForms(skeleton('ауданындағы'))).toContain(skeleton('аудан'));
    expect(baseForms(skeleton('Алатауда'))).toContain(skeleton('Алатау'));
    expect(baseForms(skeleton('Талғарда'))).toContain(skeleton('Талгар'));
    expect(baseForms(skeleton('компаниясы'))).toContain(skeleton('компания'));
  });

  it('keeps a stem of at least four letters', () => {
    expect(stem('asia')).toBe('asia');
    expect(baseForms('bsf')).toEqual([]);
  });
});

describe('question words and kind words', () => {
  it.each([
    ['где находится Шелек', ['shelek']],
    ['сколько рабочих мест в Valtherm', ['valterm']],
    ['Береке туралы айтып беріңізші', ['bereke']],
    ['what is PIT Alatau', ['pit', 'alatau']],
    ['Valtherm қашан ашылады?', ['valterm']],
  ])('"%s" leaves only the name', (query, content) => {
    expect(analyse(query).content).toEqual(content);
  });

  it('turns kind words into hints, the one asked about first', () => {
    // A genitive names the owner: the place meant when the thing asked is no kind of place.
    expect(analyse('индустриальная зона города Алматы').hints).toEqual(['industrial_zone']);
    expect(analyse('Жетісу ауданындағы аймақтар').hints).toEqual(['district', 'zone']);
    expect(analyse('Konaev city').hints).toEqual(['city']);
    expect(analyse('Алматы қаласының индустриялық аймағы').hints).toEqual(['industrial_zone']);
    expect(analyse('Алматы облысының инвестициялары').hints).toEqual(['region']);
  });

  it('leaves nothing of small talk', () => {
    for (const q of ['привет', 'сәлем', 'курс доллара', 'как дела', 'help me', '?', 'рахмет', 'спасибо большое']) {
      expect(analyse(q).content, q).toEqual([]);
    }
  });
});
