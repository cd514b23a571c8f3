// The answer to a question for a list: the names, each with one figure — the one that says why it
// fits the question, or its key figure — and a button to each card.
import type { Lang } from '../dataset/schema.ts';
import type { Listed } from '../understand/list.ts';
import { factGroups } from './facts.ts';
import type { Translate } from './format.ts';
import { entityLabel, escapeHtml, factLine, nameOf, type Button, type Rendered } from './render.ts';
import type { EntityCard, EntityRef } from './types.ts';

export interface ListMember {
  card: EntityCard;
  /** The figure («metric|scope») that shows why it is listed. */
  fact: string | undefined;
}

/** Room for the list in one message, within Telegram's 4,096 characters. */
const TEXT_BUDGET = 3400;
const BUTTONS = 8;
/** The figure a member is shown with when the question asked for none in particular. */
const KEY_METRICS = ['investment', 'jobs', 'area', 'participants', 'status'];

export function renderList(of: Listed, places: EntityRef[], members: ListMember[], lang: Lang, t: Translate): Rendered {
  const what = t(`list-of-${of}`);
  const title = places.length
    ? t('list-answer', { what, where: places.map((p) => nameOf(p, lang)).join(', '), count: members.length })
    : t('list-answer-anywhere', { what, count: members.length });
  const lines = [`<b>${escapeHtml(title)}</b>`];
  let used = lines[0]!.length;
  for (const { card, fact } of members) {
    const groups = factGroups(card.facts);
    const group =
      groups.find((g) => `${g[0]!.metric}|${g[0]!.scope}` === fact) ??
      KEY_METRICS.map((m) => groups.find((g) => g[0]!.metric === m)).find(Boolean);
    const name = `<b>${escapeHtml(entityLabel(card, lang))}</b>`;
    const figure = group ? `\n  ${factLine(group[0]!, lang, t).replace(/^• /, '')}` : '';
    // Past the budget, the rest are named without their figure.
    const line = used + name.length + figure.length < TEXT_BUDGET ? name + figure : name;
    used += line.length + 1;
    lines.push(line);
  }
  const buttons: Button[][] = members
    .slice(0, BUTTONS)
    .map(({ card }) => [{ text: entityLabel(card, lang), action: { type: 'card', slug: card.slug } }]);
  buttons.push([{ text: t('button-menu'), action: { type: 'menu', item: 'main' } }]);
  return { text: lines.join('\n\n'), buttons };
}
