// The words that name what a figure measures and in what unit, in Russian, Kazakh and English, as
// skeleton stems: a question's word names a measure when it starts with one of its stems.
import type { Metric, Unit } from '../dataset/schema.ts';
import { editDistance } from '../search/engine.ts';
import { tokens } from '../search/normalize.ts';

const MEASURE_WORDS: Array<[Metric[], string]> = [
  [['participants'], 'участник участни резидент катысушы қатысушы participant resident member'],
  [['companies', 'enterprises'], 'компани касипорын кәсіпорын предприяти company companies firms'],
  [
    ['investment'],
    'инвест вложен вложил вложат вложит денег деньг стоимост стоит стоил стоят сумм куны құны салды салған салган invest cost worth spend spent money',
  ],
  [['jobs'], 'рабочи жумыс жұмыс орын орны трудоустро jobs job'],
  [
    ['employees'],
    'сотрудник работник штат народу людей человек кызметкер қызметкер адам employee staff workers people',
  ],
  [['area'], 'гектар площад территори аумак аумағ hectare area'],
  [['free_land'], 'свобод бос free vacant'],
  [['occupancy'], 'заполн загруж occupan fill толу толған'],
  [['projects'], 'проект жоба жобал project'],
  [['capacity', 'output'], 'мощност куат қуат capacity тонн tonne tons'],
  [['output', 'production'], 'выпуск продукц производ онім өнім шығар шыгар output produce'],
  [['export'], 'экспорт export'],
  [['tax_share'], 'налог салык салық tax'],
  [['term_end'], 'срок мерзим мерзім term expire'],
  [['launch_date'], 'запуск запущ ашыл іске иске launch'],
  [['share', 'tax_share'], 'доля доли долю үлес улес share'],
  [['rent'], 'аренд арендн жалға жалга жалдау rent lease'],
  [['growth'], 'рост вырос прирост өсім өсті осим ости growth grew'],
];

// Words that name a metric only on its figures: in a question they are as often part of a name
// ("индустриальная зона Алматы", "Парк инновационных технологий") as what is counted.
const LABEL_WORDS: Array<[Metric[], string]> = [
  [['parks'], 'парк parks'],
  [['zones'], 'зона зон аймак аймақ zones'],
];

// Measures the sources never give (wages, prices, exchange rates): asked, they are answered "no data".
const NO_DATA_WORDS = 'жалақ зарплат оклад salary salaries wage wages цена цены баға бага price prices курс rate';

// What a unit is called, so that "сколько тонн" finds a figure in tonnes and "в гектарах" one in hectares.
const UNIT_WORDS: Partial<Record<Unit, string>> = {
  ha: 'га гектар hectare ha',
  m2: 'квадрат шаршы м2 sqm square',
  percent: 'процент пайыз percent',
  t: 'тонн тонна tonne tons',
  t_per_year: 'тонн тонна tonne tons жылына в год year',
  km_per_year: 'километр км km жылына в год year',
  money: 'тенге теңге доллар млрд млн миллиард миллион трлн tenge dollar billion million',
};

const toStems = (text: string) => [...new Set(text.split(/\s+/).flatMap((w) => (w ? tokens(w) : [])))];

const measureStems = [
  ...MEASURE_WORDS.map(([metrics, words]) => [metrics, toStems(words)] as const),
  [[] as Metric[], toStems(NO_DATA_WORDS)] as const,
];

/** The stems of the words that name a metric (for a figure to be found by them). */
export function metricStems(metric: string): string[] {
  return [...MEASURE_WORDS, ...LABEL_WORDS]
    .filter(([metrics]) => (metrics as string[]).includes(metric))
    .flatMap(([, words]) => toStems(words));
}

/** The stems of the words that name a unit. */
export function unitStems(unit: string): string[] {
  const words = UNIT_WORDS[unit as Unit];
  return words ? toStems(words) : [];
}

/** Whether `token` is a form of `stem`: short stems whole, longer ones as a start, one typo from six letters. */
function isFormOf(token: string, stem: string, whole = 5): boolean {
  if (stem.length < whole) return token === stem;
  if (token.startsWith(stem)) return true;
  return stem.length >= 6 && token.length >= stem.length && editDistance(token.slice(0, stem.length), stem, 1) <= 1;
}

/** The metrics a word names: an empty list for a measure the sources never give; undefined for none. */
export function measureOf(token: string): readonly Metric[] | undefined {
  // Short stems ("бос", "fill") only as whole words, so that names starting with them stay names
  // ("құны", cost, is also "күні", day, without Kazakh letters); those of data never given from four.
  return measureStems.find(([metrics, stems]) =>
    stems.some((s) => isFormOf(token, s, metrics.length === 0 ? 4 : 5)),
  )?.[0];
}
