// Reading what investors type in the guides: land area, investment amounts and contacts, in
// Kazakh, Russian or English, with the units and shorthand people use. Pure functions: a value, or
// `undefined` for an answer that cannot be read (the guide then asks again with an example).

export type Land = { kind: 'none' } | { kind: 'area'; hectares: number };

// Each a whole answer, or one of the parts of "не нужно / помещение".
const NO_LAND =
  /^(не\s*нужн[оаы]?|нет|не\s*надо|не\s*требуется|(нужно\s+|только\s+)?помещение|(жер\s+)?керек\s*емес|жоқ|қажет\s*емес|ғимарат|үй-жай|no|none|not\s+needed|no\s+land|(only\s+)?premises(\s+only)?|a\s+building)$/;

/**
 * Writes any decimal comma as a point and drops the separators of digit groups
 * ("2 500,5" → "2500.5", "1.000.000" → "1000000").
 */
function decimals(text: string): string {
  return text
    .replace(/\b\d{1,3}(?:\.\d{3})+\b(?![.,]\d)/g, (m) => m.replace(/\./g, ''))
    .replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, '$1')
    .replace(/(\d),(\d)/g, '$1.$2');
}

/** Above this a bare number is not hectares but square metres: "5000" means a 5,000 m² plot. */
const BARE_HECTARES_MAX = 100;

/**
 * "2", "2,5 га", "5000 м2", "0.5 ha", "1 гектар", "не нужно / помещение" → hectares, or no land.
 * A number without a unit is hectares up to 100 and square metres above, unless `bare` says.
 */
export function parseArea(input: string, bare?: 'ha' | 'm2'): Land | undefined {
  const text = decimals(input.trim().toLowerCase())
    .replace(/[.!]+$/, '')
    .trim();
  const parts = text.split(/\s*[/,;]\s*|\s+или\s+|\s+or\s+|\s+немесе\s+/);
  if (parts.some((p) => NO_LAND.test(p))) return { kind: 'none' };
  const m =
    /^(\d+(?:\.\d+)?)\s*(га|гектар(?:а|ов)?|ha|hectares?|м2|м²|кв\.?\s*м\.?|ш\.?\s*м\.?|шаршы\s+метр\p{L}*|sq\.?\s*m|m2|m²|сотк(?:а|и|у)?|соток)?$/u.exec(
      text,
    );
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit = m[2] ?? (bare === 'm2' || (bare === undefined && value > BARE_HECTARES_MAX) ? 'м2' : 'га');
  let hectares = value;
  if (/^(м2|м²|кв|sq|m2|m²|ш)/.test(unit)) hectares = value / 10_000;
  else if (/^сот/.test(unit)) hectares = value / 100;
  // Nothing smaller than a 10 m² room, nothing larger than a whole special economic zone.
  if (!(hectares >= 0.001 && hectares <= 10_000)) return undefined;
  return { kind: 'area', hectares: Math.round(hectares * 10_000) / 10_000 };
}

export interface Money {
  amount: number;
  currency: 'KZT' | 'USD';
}

const SCALE_WORDS: Array<[RegExp, number]> = [
  [/^(трлн|триллион\p{L}*|trln|trn|trillions?|tn)$/u, 1e12],
  [/^(млрд|миллиард\p{L}*|mlrd|bn|billions?|b)$/u, 1e9],
  [/^(млн|миллион\p{L}*|mln|mn|millions?|m|mio)$/u, 1e6],
  [/^(тыс|тысяч\p{L}*|мың|k|thousands?)$/u, 1e3],
];
const KZT_WORDS = /^(тг|тенге|теңге|₸|kzt|tenge|tg)$/u;
const USD_WORDS = /^(usd|долл\p{L}*|dollars?)$/u;

/** "500 млн", "5 млрд тг", "$2m", "2 млн долларов", "1,5 mlrd" → amount and currency (tenge unless said). */
export function parseMoney(input: string): Money | undefined {
  let text = decimals(input.trim().toLowerCase()).replace(/\.$/, '');
  let currency: Money['currency'] = 'KZT';
  if (/\$/.test(text)) {
    currency = 'USD';
    text = text.replace(/\$/g, ' ');
  }
  // "2m", "1.5bn": a number with its scale glued on.
  text = text.replace(/(\d)([a-zа-яә₸]+)/g, '$1 $2');
  // "USD 2m", "KZT 500 mln": the currency may come first.
  const lead = /^(usd|kzt|тг|tg)\s+/.exec(text);
  if (lead) {
    currency = lead[1] === 'usd' ? 'USD' : 'KZT';
    text = text.slice(lead[0].length);
  }
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
  const first = words.shift();
  if (first === undefined || !/^\d+(\.\d+)?$/.test(first)) return undefined;
  let amount = Number(first);
  for (const word of words) {
    const scale = SCALE_WORDS.find(([re]) => re.test(word));
    if (scale) amount *= scale[1];
    else if (KZT_WORDS.test(word)) currency = 'KZT';
    else if (USD_WORDS.test(word)) currency = 'USD';
    else return undefined;
  }
  // From a thousand to a hundred trillion: anything else is a typo, not a project.
  if (!(amount >= 1_000 && amount <= 1e14)) return undefined;
  return { amount: Math.round(amount), currency };
}

export type Contact = { kind: 'phone'; value: string } | { kind: 'email'; value: string };

/** A phone number (Kazakhstan or international) or an e-mail address, normalized. */
export function parseContact(input: string): Contact | undefined {
  const text = input.trim();
  if (/^[^\s@]{1,64}@[^\s@]+\.[a-z]{2,}$/i.test(text) && text.length <= 254)
    return { kind: 'email', value: text.toLowerCase() };
  const digits = text.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d{10,15}$/.test(digits)) return undefined;
  // 8 700 123 45 67 is how Kazakhstan writes +7 700 123 45 67.
  const international = digits.startsWith('+')
    ? digits
    : digits.length === 11 && digits.startsWith('8')
      ? `+7${digits.slice(1)}`
      : digits.length === 10
        ? `+7${digits}`
        : `+${digits}`;
  return { kind: 'phone', value: international };
}
