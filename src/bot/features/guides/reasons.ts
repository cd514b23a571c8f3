// A reason of a guide's answer (a locale key and its values) in the reader's language: numbers and
// dates as they write them, a trade by its name.
import { formatDate, formatNumber, type Translate } from '../../../cards/format.ts';
import type { Lang } from '../../../dataset/schema.ts';
import type { Reason } from '../../../guide/rank.ts';

export function say(c: { t: Translate; lang: Lang }, r: Reason): string {
  if (!r.vars) return c.t(r.key);
  const vars = Object.fromEntries(
    Object.entries(r.vars).map(([k, v]) => [
      k,
      typeof v === 'number'
        ? formatNumber(v, c.lang, 2)
        : k === 'sector'
          ? c.t(`guide-echo-sector-${v}`)
          : /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? formatDate(v)
            : v,
    ]),
  );
  return c.t(r.key, vars);
}
