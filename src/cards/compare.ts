// Two or three zones side by side, measure by measure: each row is one measure of the same scope
// (the zone's own area beside the other's own area, the 2025 plan beside the 2025 plan), each zone's
// newest value with its year. A measure only one zone has is "—" for the others, and a figure of a
// part or a plan is never set beside another kind of figure: a scoped row is shown only when at least
// two zones have it.
import type { Lang } from '../dataset/schema.ts';
import { formatValue, qualify, type Translate } from './format.ts';
import { factGroups } from './facts.ts';
import { entityLabel, escapeHtml, kindLabel, nameOf, type Button, type Rendered } from './render.ts';
import type { CardFact, EntityCard, EntityRef } from './types.ts';

export const MAX_COMPARED = 3;

/** The measures compared, in the order a site is weighed: what it is, its land, who is there, money, terms. */
const COMPARED = [
  'status',
  'area',
  'free_land',
  'occupancy',
  'rent',
  'participants',
  'companies',
  'enterprises',
  'parks',
  'zones',
  'employees',
  'projects',
  'investment',
  'jobs',
  'capacity',
  'output',
  'export',
  'growth',
  'share',
  'tax_share',
  'production',
  'launch_date',
  'term_end',
] as const;

/** Markers that tie each value of a row to its zone in the header. */
const MARKERS = ['1️⃣', '2️⃣', '3️⃣'] as const;

/** Room for the rows in one message, below Telegram's 4,096 characters with the header and buttons' sake. */
const ROWS_BUDGET = 3300;
export const PICKER_PAGE = 10;

export interface ComparisonRow {
  metric: string;
  scope: string;
  /** Each zone's newest figure of this measure and scope, in the zones' order; undefined where it has none. */
  facts: Array<CardFact | undefined>;
}

/** The rows of a comparison: the zones' own figures, and figures of one scope that two zones or more have. */
export function comparisonRows(cards: EntityCard[]): ComparisonRow[] {
  const newest = cards.map(
    (card) => new Map(factGroups(card.facts).map((g) => [`${g[0]!.metric}|${g[0]!.scope}`, g[0]!] as const)),
  );
  const rows: Array<ComparisonRow & { asOf: string }> = [];
  const seen = new Set<string>();
  for (const byKey of newest) {
    for (const [key, fact] of byKey) {
      if (seen.has(key) || !(COMPARED as readonly string[]).includes(fact.metric)) continue;
      seen.add(key);
      const facts = newest.map((m) => m.get(key));
      const having = facts.filter((f) => f !== undefined);
      if (fact.scope !== '' && having.length < 2) continue;
      const asOf =
        having
          .map((f) => f.asOf)
          .sort()
          .at(-1) ?? '';
      rows.push({ metric: fact.metric, scope: fact.scope, facts, asOf });
    }
  }
  const rank = (m: string) => (COMPARED as readonly string[]).indexOf(m);
  return rows
    .sort(
      (a, b) =>
        rank(a.metric) - rank(b.metric) ||
        Number(a.scope !== '') - Number(b.scope !== '') ||
        b.asOf.localeCompare(a.asOf),
    )
    .map(({ metric, scope, facts }) => ({ metric, scope, facts }));
}

/** A value as the row shows it: the status in words, a text as said, a number with its unit. */
function valueOf(f: CardFact, lang: Lang, t: Translate): string {
  if (f.metric === 'status' && typeof f.value === 'string') return t(`status-${f.value}`);
  if (f.unit === 'text') return f.note?.[lang] ?? String(f.value);
  return qualify(formatValue(f.value, f.unit, f.currency, lang, t), f.qualifier, t);
}

/** A year in a scope says what the figures count ("plan-2025"), and tells two rows of one measure apart. */
const SCOPE_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

function rowText(row: ComparisonRow, lang: Lang, t: Translate): string {
  const year = SCOPE_YEAR.exec(row.scope)?.[0];
  const lines = [`<b>${escapeHtml(t(`metric-${row.metric}`))}${year ? ` · ${year}` : ''}</b>`];
  row.facts.forEach((f, i) => {
    if (!f) return void lines.push(`${MARKERS[i]} —`);
    // A date (a launch, a term) is its own time; any other value says the year it was true.
    const asOf = f.unit === 'date' ? '' : ` (${f.asOf.slice(0, 4) || t('source-undated')})`;
    // A figure of a part or a plan, and any sum, says what it counts in its own zone's words (the
    // rows match by scope, the words differ; a rent is per m²); a zone's own count needs only the title.
    const what = (row.scope || f.unit === 'money') && f.unit !== 'text' && f.note ? ` — ${f.note[lang]}` : '';
    lines.push(`${MARKERS[i]} ${escapeHtml(`${valueOf(f, lang, t)}${asOf}${what}`)}`);
  });
  return lines.join('\n');
}

function benefitsRow(cards: EntityCard[], t: Translate): string {
  const benefits = (c: EntityCard) =>
    t(
      c.subkind === 'sez'
        ? 'compare-benefits-sez'
        : c.subkind === 'industrial_zone'
          ? 'compare-benefits-iz'
          : 'compare-benefits-none',
    );
  return [
    `<b>${escapeHtml(t('compare-benefits'))}</b>`,
    ...cards.map((c, i) => `${MARKERS[i]} ${escapeHtml(benefits(c))}`),
  ].join('\n');
}

export function renderComparison(cards: EntityCard[], lang: Lang, t: Translate): Rendered {
  const compared = cards.slice(0, MAX_COMPARED);
  const header = compared.map(
    (c, i) =>
      `${MARKERS[i]} <b>${escapeHtml(nameOf(c, lang))}</b>\n${escapeHtml([kindLabel(c, t), ...c.places.map((p) => nameOf(p, lang))].join(' · '))}`,
  );
  const rows: string[] = [];
  let used = 0;
  let cut = false;
  for (const row of comparisonRows(compared)) {
    const text = rowText(row, lang, t);
    // Whole rows only, so no tag is cut in half; what does not fit is on the cards.
    if (used + text.length > ROWS_BUDGET) {
      cut = true;
      break;
    }
    rows.push(text);
    used += text.length + 2;
  }
  rows.push(benefitsRow(compared, t));
  const buttons: Button[][] = compared.map((c, i) => [
    { text: `${MARKERS[i]} ${nameOf(c, lang)}`, action: { type: 'card', slug: c.slug } },
  ]);
  if (compared.length < MAX_COMPARED)
    buttons.push([{ text: t('compare-add'), action: { type: 'comparePicker', page: 0 } }]);
  buttons.push([
    { text: t('compare-clear'), action: { type: 'compareClear' } },
    { text: t('button-menu'), action: { type: 'menu', item: 'main' } },
  ]);
  return {
    text: [
      `⚖️ <b>${escapeHtml(t('compare-title'))}</b>`,
      header.join('\n'),
      ...rows,
      `<i>${escapeHtml(t(cut ? 'compare-more-on-cards' : 'compare-sources'))}</i>`,
      `<i>${escapeHtml(t('card-confirm'))}</i>`,
    ].join('\n\n'),
    buttons,
  };
}

const KIND_ORDER = ['sez', 'industrial_zone', 'small_industrial_park'];

/** The zones to pick from: SEZs, then industrial zones, small parks and the rest, each by name. */
export function pickable(refs: Iterable<EntityRef>, lang: Lang): EntityRef[] {
  const rank = (r: EntityRef) => {
    const i = KIND_ORDER.indexOf(r.subkind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return [...refs]
    .filter((r) => r.kind === 'zone')
    .sort((a, b) => rank(a) - rank(b) || nameOf(a, lang).localeCompare(nameOf(b, lang), lang));
}

/**
 * The comparison's own screen: how to ask for one, what is picked, and the zones to pick by button
 * (a tick on those picked), a page at a time.
 */
export function renderPicker(
  zones: EntityRef[],
  chosen: EntityRef[],
  page: number,
  lang: Lang,
  t: Translate,
): Rendered | undefined {
  const pages = Math.max(1, Math.ceil(zones.length / PICKER_PAGE));
  if (page < 0 || page >= pages) return undefined;
  const picked = new Set(chosen.map((c) => c.slug));
  const parts = [`⚖️ <b>${escapeHtml(t('compare-title'))}</b>`, escapeHtml(t('compare-how', { max: MAX_COMPARED }))];
  if (chosen.length > 0)
    parts.push(escapeHtml(t('compare-chosen', { names: chosen.map((c) => nameOf(c, lang)).join('; ') })));
  const buttons: Button[][] = zones.slice(page * PICKER_PAGE, (page + 1) * PICKER_PAGE).map((z) => [
    {
      text: picked.has(z.slug) ? `✅ ${nameOf(z, lang)}` : entityLabel(z, lang),
      action: { type: 'comparePick', slug: z.slug, page },
    },
  ]);
  if (pages > 1) {
    const nav: Button[] = [];
    if (page > 0) nav.push({ text: '‹', action: { type: 'comparePicker', page: page - 1 } });
    nav.push({ text: t('page-of', { page: page + 1, pages }), action: { type: 'comparePicker', page } });
    if (page + 1 < pages) nav.push({ text: '›', action: { type: 'comparePicker', page: page + 1 } });
    buttons.push(nav);
  }
  buttons.push(...statusButtons(chosen.length, t));
  return { text: parts.join('\n\n'), buttons };
}

/** Compare now (with two or more) and clear (with any), then the menu. */
export function statusButtons(count: number, t: Translate): Button[][] {
  const rows: Button[][] = [];
  if (count > 1) rows.push([{ text: t('compare-now', { count }), action: { type: 'compareShow' } }]);
  const last: Button[] = [];
  if (count > 0) last.push({ text: t('compare-clear'), action: { type: 'compareClear' } });
  last.push({ text: t('button-menu'), action: { type: 'menu', item: 'main' } });
  rows.push(last);
  return rows;
}

/** A fourth zone: which of the three to replace with it, or keep them. */
export function renderReplace(chosen: EntityRef[], incoming: EntityRef, lang: Lang, t: Translate): Rendered {
  return {
    text: escapeHtml(
      t('compare-replace', {
        count: chosen.length,
        names: chosen.map((c) => nameOf(c, lang)).join('; '),
        name: nameOf(incoming, lang),
      }),
    ),
    buttons: [
      ...chosen.map((c) => [
        {
          text: t('compare-replace-button', { name: nameOf(c, lang) }),
          action: { type: 'compareReplace' as const, slug: incoming.slug, out: c.slug },
        },
      ]),
      [{ text: t('compare-cancel'), action: { type: 'compareCancel' } }],
    ],
  };
}
