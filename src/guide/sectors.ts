// The sector a project's description names, for the investor guide and for needs typed as a message.
import { GUIDE_SECTORS, type GuideSector } from './rank.ts';

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
    'инновац',
    'data',
    'software',
    'tech',
    'digital',
    'startup',
    'innovat',
    'r&d',
    'research',
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

// Broad words of a zone's profile: "industry" takes every trade that makes things, not only machine
// building; "high tech" is IT and high-tech production.
const BROAD: Array<[string[], GuideSector[]]> = [
  [
    ['industr', 'промышлен', 'индустр', 'өнеркәсіп'],
    ['manufacturing', 'food', 'construction_materials'],
  ],
  [
    ['high tech', 'high-tech', 'высокие технолог', 'высокотехнолог', 'жоғары технолог'],
    ['it', 'manufacturing'],
  ],
];

const names = (text: string, stems: string[]) => {
  const t = ` ${text.toLowerCase()} `;
  return stems.some((s) => new RegExp(`[\\s\\p{P}]${escape(s)}`, 'u').test(t));
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sector a description names, or undefined when it names none of them. */
export function sectorFromText(text: string): GuideSector | undefined {
  for (const [sector, stems] of Object.entries(SECTOR_WORDS)) if (names(text, stems)) return sector as GuideSector;
  return undefined;
}

/** Every trade a zone's profile names ("business, industry and logistics, tourism"), in the guide's order. */
export function sectorsIn(text: string): GuideSector[] {
  const found = new Set<GuideSector>();
  for (const [sector, stems] of Object.entries(SECTOR_WORDS)) if (names(text, stems)) found.add(sector as GuideSector);
  for (const [stems, sectors] of BROAD) if (names(text, stems)) for (const s of sectors) found.add(s);
  return GUIDE_SECTORS.filter((s) => found.has(s));
}
