// Text typed with the wrong keyboard layout: "rfqhfn" meant "кайрат" (ЙЦУКЕН keys pressed on
// QWERTY), "Мфдеруки" meant "Valtherm". The keys map one to one, so both directions are a lookup.
const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';

const toCyrillic = new Map<string, string>();
const toLatin = new Map<string, string>();
for (let i = 0; i < QWERTY.length; i++) {
  toCyrillic.set(QWERTY[i]!, JCUKEN[i]!);
  toLatin.set(JCUKEN[i]!, QWERTY[i]!);
}

/**
 * The same keys read in the other layout, or undefined when the text mixes both scripts or has
 * no letters. Keys outside the letter block (digits, "?", spaces) stay as they are.
 */
export function swapLayout(text: string): string | undefined {
  const lower = text.toLowerCase();
  const latin = /[a-z]/.test(lower);
  const cyrillic = /[а-яё]/.test(lower);
  if (latin === cyrillic) return undefined;
  const table = latin ? toCyrillic : toLatin;
  let out = '';
  for (const ch of lower) out += table.get(ch) ?? ch;
  return out;
}
