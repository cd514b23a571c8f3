import { describe, expect, it } from 'vitest';
import { parseArea, parseContact, parseMoney } from '../../src/guide/parse.ts';

describe('land area', () => {
  it.each([
    ['2', 2],
    ['2,5 га', 2.5],
    ['2.5 ha', 2.5],
    ['5000 м2', 0.5],
    ['5 000 м²', 0.5],
    ['0.5 ha', 0.5],
    ['1 гектар', 1],
    ['10 соток', 0.1],
    ['1200 sq m', 0.12],
  ])('%s → %s ha', (text, ha) => {
    expect(parseArea(text)).toEqual({ kind: 'area', hectares: ha });
  });

  it.each(['не нужно', 'Помещение', 'керек емес', 'no', 'not needed'])('"%s" means no land', (text) => {
    expect(parseArea(text)).toEqual({ kind: 'none' });
  });

  it.each(['много', 'two', '-3', '0', '2 км', '100000 га', '', 'abc га'])('"%s" cannot be read', (text) => {
    expect(parseArea(text)).toBeUndefined();
  });
});

describe('investment', () => {
  it.each([
    ['500 млн', 500e6, 'KZT'],
    ['5 млрд тг', 5e9, 'KZT'],
    ['$2m', 2e6, 'USD'],
    ['2 млн долларов', 2e6, 'USD'],
    ['1,5 mlrd', 1.5e9, 'KZT'],
    ['1.5bn USD', 1.5e9, 'USD'],
    ['300 000 000 ₸', 3e8, 'KZT'],
    ['12 миллиардов тенге', 12e9, 'KZT'],
    ['800 мың теңге', 8e5, 'KZT'],
  ])('%s → %s %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each(['много денег', '5 apples', '', 'млн', '0', '5', '1000 трлн'])('"%s" cannot be read', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });
});

describe('contact', () => {
  it('reads phone numbers the ways Kazakhstan writes them', () => {
    expect(parseContact('+7 (701) 123-45-67')).toEqual({ kind: 'phone', value: '+77011234567' });
    expect(parseContact('8 701 123 45 67')).toEqual({ kind: 'phone', value: '+77011234567' });
    expect(parseContact('7011234567')).toEqual({ kind: 'phone', value: '+77011234567' });
    expect(parseContact('+49 30 1234567')).toEqual({ kind: 'phone', value: '+49301234567' });
  });

  it('reads e-mail addresses', () => {
    expect(parseContact('Aigerim@Example.KZ')).toEqual({ kind: 'email', value: 'aigerim@example.kz' });
  });

  it.each(['123', 'позвоните мне', 'a@b', '+7 701 ABC', 'x@y.z'])('"%s" is not a contact', (text) => {
    expect(parseContact(text)).toBeUndefined();
  });
});

describe('what people actually type', () => {
  it.each([
    ['не нужно / помещение', { kind: 'none' }],
    ['не нужна, нужно помещение', { kind: 'none' }],
    ['жер керек емес', { kind: 'none' }],
    ['не требуется', { kind: 'none' }],
    ['5000', { kind: 'area', hectares: 0.5 }],
    ['5 000', { kind: 'area', hectares: 0.5 }],
    ['1.000 м2', { kind: 'area', hectares: 0.1 }],
    ['20', { kind: 'area', hectares: 20 }],
    ['300 шаршы метр', { kind: 'area', hectares: 0.03 }],
    ['150 кв.м', { kind: 'area', hectares: 0.015 }],
  ])('area: "%s"', (text, land) => {
    expect(parseArea(text)).toEqual(land);
  });

  it('reads a bare number as square metres when told so', () => {
    expect(parseArea('200', 'm2')).toEqual({ kind: 'area', hectares: 0.02 });
  });

  it.each([
    ['USD 2m', 2e6, 'USD'],
    ['5 mlrd tg', 5e9, 'KZT'],
    ['1.000.000.000 тенге', 1e9, 'KZT'],
  ])('money: "%s"', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });
});
