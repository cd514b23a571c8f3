import { describe, expect, it } from 'vitest';
import { maskContacts } from '../../src/search/contacts.ts';

describe('maskContacts', () => {
  it.each([
    ['+7 701 555 01 99', '+• ••• ••• •• ••'],
    ['8(701)555-01-99 позвоните', '•(•••)•••-••-•• позвоните'],
    ['мой номер 87015550199', 'мой номер •••••••••••'],
    ['тел 272-45-67', 'тел •••-••-••'],
    ['ИИН 900101300123', 'ИИН ••••••••••••'],
    ['erlan.secret@mail.kz напишите', '•••@••• напишите'],
    ['пишите @erlan_invest', 'пишите @•••'],
    ['Ерлан, +77015550199, e.s@gmail.com', 'Ерлан, +•••••••••••, •••@•••'],
  ])('masks %s', (typed, masked) => expect(maskContacts(typed)).toBe(masked));

  it.each([
    'Шелек',
    'проект на 5 000 000 МРП',
    'сколько проектов 2018-2026',
    'данные на 27.11.2025',
    'участок 120 га за 1.500.000',
    'ПИТ Алатау 2024',
    'сколько стоит @ проект',
  ])('keeps %s as it is', (typed) => expect(maskContacts(typed)).toBe(typed));
});
