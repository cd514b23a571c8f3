// A need typed as a message («хочу молочный завод на 3 га в области», «маған 200 шаршы метр цех
// керек», "I need 5 ha for a warehouse near Almaty"): which guide fits it, and what the message
// already answers of that guide's questions, so the guide asks only the rest.
import { parseArea, parseMoney, type Land, type Money } from '../guide/parse.ts';
import type { GuideSector, Where } from '../guide/rank.ts';
import { sectorFromText } from '../guide/sectors.ts';
import { whereOf } from '../guide/where.ts';
import { tokens } from '../search/normalize.ts';
import type { Names } from './names.ts';

export interface Need {
  guide: 'invest' | 'parks';
  sector?: GuideSector;
  land?: Land;
  investment?: Money;
  where?: Where;
}

// Words of wanting, looking for or planning, whole or as the start of a word.
const WANT = toSet(
  'хочу хотим хотел хотели нужн нужен нужна нужно ищу ищем планиру построит открыт запуст разместит ' +
    'керек қажет салғым ашқым іздеймін іздейміз жоспарлап want need needs looking build open set planning',
);
// Space for a small business rather than land for a project.
const SPACE = toSet('цех цеха помещен мастерск офис шаршы квадрат workshop premises space unit');
/** Up to this much (in hectares: 5,000 m²) a workshop is a unit in a small industrial park. */
const PARK_AREA = 0.5;

function toSet(text: string): string[] {
  return [...new Set(text.split(/\s+/).flatMap((w) => (w ? tokens(w) : [])))];
}

// The phrases of a message that state an area or a sum, for the guide's own parsers to read.
const AREA =
  /\d+(?:[.,]\d+)?\s*(?:га|гектар\p{L}*|ha|hectares?|м2|м²|кв\.?\s?м|шаршы\s?метр|sq\.?\s?m|sqm|m2|m²)(?!\p{L})/iu;
const MONEY =
  /(?:\$\s?)?\d+(?:[.,]\d+)?\s*(?:млн|млрд|трлн|миллион\p{L}*|миллиард\p{L}*|million|billion|mn|bn)\.?(?:\s*(?:тенге|тг|₸|теңге|долл\p{L}*|\$|usd|kzt))?/iu;

const starts = (stems: string[], word: string) => stems.some((s) => (s.length < 5 ? word === s : word.startsWith(s)));

/** The need a message states, if it states one: a wish and something of what is wanted. */
export function needOf(names: Names, text: string): Need | undefined {
  const words = tokens(text);
  if (!words.some((w) => starts(WANT, w))) return undefined;
  const sector = sectorFromText(text);
  const areaPhrase = AREA.exec(text)?.[0];
  const land = areaPhrase ? parseArea(areaPhrase) : undefined;
  const m2 = areaPhrase ? parseArea(areaPhrase, 'm2') : undefined;
  const moneyPhrase = MONEY.exec(text)?.[0];
  const investment = moneyPhrase ? parseMoney(moneyPhrase) : undefined;
  const space = words.some((w) => starts(SPACE, w));
  if (!sector && !land && !investment && !space && !m2) return undefined;
  const area = land ?? m2;
  const small = space && (!area || (area.kind === 'area' && area.hectares <= PARK_AREA));
  const where = whereOf(names.index, text);
  return {
    guide: small ? 'parks' : 'invest',
    ...(sector && sector !== 'other' ? { sector } : {}),
    ...(area ? { land: area } : {}),
    ...(investment ? { investment } : {}),
    ...(where ? { where } : {}),
  };
}
