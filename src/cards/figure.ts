// The answer to a question about a figure: only the figures asked, newest first with older values
// dated under them, each with its source; the year's figures first when a year was asked. The whole
// card stays one tap away.
import type { ContactRecord, Lang } from '../dataset/schema.ts';
import { factGroups } from './facts.ts';
import type { Translate } from './format.ts';
import { contactLine, entityLabel, escapeHtml, factLine, type Rendered } from './render.ts';
import type { CardFact, EntityCard } from './types.ts';

/** Values of one measure shown: the current one and a few older. */
const PER_MEASURE = 3;
const MEASURES_SHOWN = 6;

const yearOf = (f: CardFact) => f.asOf.slice(0, 4);
/** Whether a figure is of `year`: measured then, or counting what happened in it ("launched in 2025"). */
const isOf = (f: CardFact, year: number) => yearOf(f) === String(year) || f.scope.includes(String(year));

/** The card's figures of `asked` («metric|scope», best first); undefined when it has none of them. */
export function renderFigure(
  card: EntityCard,
  asked: readonly string[],
  year: number | undefined,
  lang: Lang,
  t: Translate,
  contacts: readonly ContactRecord[] = [],
): Rendered | undefined {
  const keyOf = (g: CardFact[]) => asked.indexOf(`${g[0]!.metric}|${g[0]!.scope}`);
  let groups = factGroups(card.facts)
    .filter((g) => keyOf(g) >= 0)
    .sort((a, b) => keyOf(a) - keyOf(b));
  if (groups.length === 0) return undefined;
  if (year !== undefined) {
    const ofYear = groups.filter((g) => g.some((f) => isOf(f, year)));
    if (ofYear.length > 0) groups = [...ofYear, ...groups.filter((g) => !ofYear.includes(g))];
  }
  const blocks = groups.slice(0, MEASURES_SHOWN).map((group) => {
    const first = year !== undefined ? (group.find((f) => isOf(f, year)) ?? group[0]!) : group[0]!;
    const older = group.filter((f) => f !== first).slice(0, PER_MEASURE - 1);
    const dated = (f: CardFact) => factLine(f, lang, t).replace(/^• /, `• ${yearOf(f)}: `);
    // A lone or current figure carries its year only when it is not the newest.
    return [first === group[0] ? factLine(first, lang, t) : dated(first), ...older.map((f) => `  ${dated(f)}`)].join(
      '\n',
    );
  });
  // Whom to confirm with: the card's own contacts, or the general line when none are known.
  const confirm = contactLine(card, lang, t, contacts) ?? t('card-confirm');
  const text = [`<b>${escapeHtml(entityLabel(card, lang))}</b>`, ...blocks, `<i>${escapeHtml(confirm)}</i>`];
  return {
    text: text.join('\n\n'),
    buttons: [
      [{ text: t('button-full-card'), action: { type: 'card', slug: card.slug } }],
      [{ text: t('button-menu'), action: { type: 'menu', item: 'main' } }],
    ],
  };
}
