// The sector a project's description names, for the investor guide and for needs typed as a message.
import type { GuideSector } from './rank.ts';

// Words people use for their trade, by sector (stems, matched at the start of a word); the
// specific trades come first, so "завод газоблоков" is construction materials, not just a plant.
const SECTOR_WORDS: Record<Exclude<GuideSector, 'other'>, string[]> = {
  food: [
    'пищ',
    'еда',
    'продукт',
    'мяс',
    'молок',
    'молоч',
    'хлеб',
    'напит',
    'кондитер',
    'тамақ',
    'ет ',
    'сүт',
    'нан',
    'food',
    'meat',
    'dairy',
    'bakery',
    'beverage',
  ],
  logistics: [
    'логист',
    'склад',
    'достав',
    'транспорт',
    'қойма',
    'logist',
    'warehous',
    'storage',
    'transport',
    'distribution',
  ],
  it: [
    'it',
    'айти',
    'софт',
    'програм',
    'цифр',
    'технолог',
    'стартап',
    'data',
    'software',
    'tech',
    'digital',
    'startup',
  ],
  construction_materials: [
    'бетон',
    'кирпич',
    'стройматер',
    'строй',
    'цемент',
    'газобл',
    'газбл',
    'құрылыс',
    'кірпіш',
    'concrete',
    'brick',
    'cement',
    'construction',
  ],
  agriculture: ['ферм', 'агро', 'тепли', 'сельск', 'зерн', 'ауыл', 'егін', 'farm', 'agri', 'greenhouse', 'crop'],
  retail: [
    'магазин',
    'торгов',
    'услуг',
    'сервис',
    'ресторан',
    'сауда',
    'дүкен',
    'қызмет',
    'shop',
    'retail',
    'store',
    'service',
  ],
  manufacturing: [
    'завод',
    'производ',
    'фабрик',
    'цех',
    'станк',
    'металл',
    'мебел',
    'пластик',
    'зауыт',
    'өндір',
    'factory',
    'manufactur',
    'plant',
    'assembly',
  ],
};

/** The sector a description names, or undefined when it names none of them. */
export function sectorFromText(text: string): GuideSector | undefined {
  const t = ` ${text.toLowerCase()} `;
  for (const [sector, stems] of Object.entries(SECTOR_WORDS)) {
    if (stems.some((s) => new RegExp(`[\\s\\p{P}]${s}`, 'u').test(t))) return sector as GuideSector;
  }
  return undefined;
}
