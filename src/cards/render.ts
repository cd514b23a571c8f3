// Cards: one renderer for every entity, used by every feature. Every figure carries its source and
// date; where sources disagree the newest is shown and the rest are one tap away ("history").
import type { Lang } from '../dataset/schema.ts';
import type { Action } from './actions.ts';
import { formatValue, qualify, sourceDate, type Translate } from './format.ts';
import type { ContactRecord } from '../dataset/schema.ts';
import { factGroups, measureOf } from './facts.ts';
import type { CardFact, EntityCard, EntityKind, EntityRef } from './types.ts';

export interface Button {
  text: string;
  action?: Action;
  url?: string;
  /** Offers the entity in another chat through inline mode. */
  share?: string;
}

export interface Rendered {
  /** Telegram HTML. */
  text: string;
  buttons: Button[][];
}

/** Room for the figures of a history in one message, leaving space for the title and Telegram's 4,096 limit. */
const HISTORY_BUDGET = 3800;
export const MEMBERS_PER_PAGE = 8;
/** Up to this many zones get a button each on their place's card. */
const DIRECT_ZONES = 3;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function nameOf(ref: Pick<EntityRef, 'name'>, lang: Lang): string {
  return ref.name[lang];
}

export function kindLabel(ref: Pick<EntityRef, 'kind' | 'subkind'>, t: Translate): string {
  return ref.kind === 'company' ? t('kind-company') : t(`kind-${ref.subkind}`);
}

function icon(ref: Pick<EntityRef, 'kind' | 'subkind'>): string {
  if (ref.kind === 'company') return '🏢';
  if (ref.kind === 'district') return '📍';
  return ref.subkind === 'sez' ? '⭐' : '🏭';
}

/** The entity's title with its kind icon, for buttons and list lines. */
export function entityLabel(ref: Pick<EntityRef, 'kind' | 'subkind' | 'name'>, lang: Lang): string {
  return `${icon(ref)} ${nameOf(ref, lang)}`;
}

const STATUSES_IN_PROGRESS = ['planned', 'under_construction', 'launching'];

/** Options of a figure's line on a card: today's date, so old figures and past plans say so. */
export interface LineOptions {
  /** YYYY-MM-DD. */
  today: string;
}

/**
 * The year a figure was true, when it is not the source's year or is before last year: "2018".
 * Dates and texts say when they are by themselves, or by their source.
 */
function yearOf(f: CardFact, today: string): string | undefined {
  const year = f.asOf.slice(0, 4);
  if (!/^\d{4}$/.test(year) || f.unit === 'date' || f.unit === 'text') return undefined;
  return year !== f.source.date.slice(0, 4) || Number(year) < Number(today.slice(0, 4)) - 1 ? year : undefined;
}

/** A date value set later than the figure's own date: a plan. */
function isPlan(f: CardFact): boolean {
  return f.metric === 'launch_date' && typeof f.value === 'string' && f.value > f.asOf.slice(0, f.value.length);
}

/**
 * A figure's line with its source. With `options`, a card's line: a figure of another year than
 * its source, or of a past year, carries that year; a plan whose date has passed says it was a plan.
 */
export function factLine(f: CardFact, lang: Lang, t: Translate, options?: LineOptions): string {
  const note = f.note?.[lang];
  const today = options?.today;
  const year = today ? yearOf(f, today) : undefined;
  const asOfYear = f.asOf.slice(0, 4);
  const known = /^\d{4}$/.test(asOfYear);
  const dataOf = known ? ` — ${t('card-data-of-year', { year: asOfYear })}` : '';
  let line: string;
  if (f.metric === 'status' && typeof f.value === 'string') {
    // Building "now" in a source of a past year is only what was said then.
    const stale =
      today && known && asOfYear < today.slice(0, 4) && STATUSES_IN_PROGRESS.includes(f.value)
        ? ` (${t('card-data-of-year', { year: asOfYear })})`
        : '';
    line = `${t('metric-status')}: ${t(`status-${f.value}`)}${stale}${note ? ` — ${note}` : ''}`;
  } else if (today && isPlan(f) && String(f.value) < today.slice(0, String(f.value).length)) {
    line = `${t('card-plan-passed', { date: formatValue(f.value, f.unit, f.currency, lang, t) })}${dataOf}`;
  } else if (f.unit === 'text') {
    const content = note ?? String(f.value);
    line = f.metric === 'other' ? content : `${t(`metric-${f.metric}`)}: ${content}`;
    if (year) line += ` (${year})`;
  } else {
    const value = qualify(formatValue(f.value, f.unit, f.currency, lang, t), f.qualifier, t);
    const label = f.scope && note ? capitalize(note) : t(`metric-${f.metric}`);
    const aside = [year, !f.scope ? note : undefined].filter(Boolean).join(', ');
    line = `${label}: ${value}${aside ? ` (${aside})` : ''}`;
  }
  const source = ` <i>(${escapeHtml(t('fact-source', { publisher: f.source.publisher[lang], date: sourceDate(f.source, t) }))})</i>`;
  return `• ${escapeHtml(line)}${source}`;
}

function header(card: EntityCard, lang: Lang, t: Translate): string {
  const lines = [`${icon(card)} <b>${escapeHtml(nameOf(card, lang))}</b>`];
  const where = card.places.map((p) => nameOf(p, lang));
  lines.push(escapeHtml([kindLabel(card, t), ...where].join(' · ')));
  if (card.kind === 'company') {
    const about = [t(`sector-${card.subkind}`)];
    if (card.country) about.push(t(`country-${card.country}`));
    lines.push(escapeHtml(about.join(' · ')));
  }
  return lines.join('\n');
}

/**
 * What an investor decides on first, by kind, most important first: one figure of each, the rest a
 * tap away. A zone's companies count as its participants.
 */
const FIRST_METRICS: Record<EntityKind, readonly string[]> = {
  zone: [
    'status',
    'free_land',
    'occupancy',
    'term_end',
    'participants',
    'investment',
    'jobs',
    'area',
    'rent',
    'parks',
    'enterprises',
    'projects',
    'launch_date',
  ],
  company: ['status', 'investment', 'jobs', 'employees', 'capacity', 'production', 'launch_date', 'foreign_partner'],
  district: ['investment', 'output', 'growth', 'zones', 'enterprises', 'projects', 'jobs', 'employees', 'export'],
};
/** The figures of a card's first screen, whatever the language: it stays short. */
export const FIRST_FIGURES = 7;
/** The figures past the first screen, per page: the same pages in every language. */
export const FACTS_PER_PAGE = 10;

/** The card's figure groups: those of its first screen, by priority, and the rest in card order. */
function splitFacts(card: EntityCard): { first: CardFact[][]; rest: CardFact[][] } {
  const groups = factGroups(card.facts, card.kind).filter((g) => g[0]!.metric !== 'other' || g.length > 0);
  const first: CardFact[][] = [];
  for (const metric of FIRST_METRICS[card.kind]) {
    if (first.length === FIRST_FIGURES) break;
    const own = groups.filter((g) => measureOf(g[0]!.metric, card.kind) === metric);
    // The entity's own figure, or when the sources give it only in parts (a stage, a year), the newest part.
    const pick =
      own.find((g) => g[0]!.scope === '') ?? [...own].sort((a, b) => b[0]!.asOf.localeCompare(a[0]!.asOf))[0];
    if (pick) first.push(pick);
  }
  return { first, rest: groups.filter((g) => !first.includes(g)) };
}

function restPages(card: EntityCard): CardFact[][][] {
  const { rest } = splitFacts(card);
  const pages: CardFact[][][] = [];
  for (let i = 0; i < rest.length; i += FACTS_PER_PAGE) pages.push(rest.slice(i, i + FACTS_PER_PAGE));
  return pages;
}

/** The topic a card can be followed by: its zone or district. */
export function topicOf(card: Pick<EntityCard, 'kind' | 'slug'>): string | undefined {
  return card.kind === 'zone' ? `zone:${card.slug}` : card.kind === 'district' ? `district:${card.slug}` : undefined;
}

/** What a card needs beyond its data: today's date, whom to contact, whether the reader follows it. */
export interface CardView extends LineOptions {
  /** The contacts of the card (contactsOf), nearest first. */
  contacts: readonly ContactRecord[];
  /** Undefined where nobody can follow it (inline mode, groups). */
  following?: boolean;
}

/** Kinds of zone whose regime the card says in a line of its own. */
export const REGIME_KINDS: readonly string[] = ['sez', 'industrial_zone', 'small_industrial_park'];

/** The topic (db/seed/topics.yaml) that says what a kind of zone gives, where it is not a SEZ. */
export const CONDITIONS_TOPIC: Readonly<Record<string, string>> = {
  industrial_zone: 'industrial-zone-vs-sez',
  small_industrial_park: 'small-industrial-parks',
};

/** "Whom to contact and confirm with: …", the contacts of `card` named; undefined when none are. */
export function contactLine(
  card: Pick<EntityCard, 'kind' | 'subkind' | 'slug'>,
  lang: Lang,
  t: Translate,
  contacts: readonly ContactRecord[],
): string | undefined {
  const named = contacts.map((c) => (c.site ? `${c.name[lang]} (${c.site})` : c.name[lang]));
  // Every SEZ has a management company taking applications, named or not in the contacts file.
  if (card.kind === 'zone' && card.subkind === 'sez' && !contacts.some((c) => c.serves?.includes(card.slug)))
    named.unshift(t('contact-sez-management'));
  return named.length > 0 ? t('card-contacts', { contacts: named.join('; ') }) : undefined;
}

/** The first screen: what an investor decides on, the rest of the figures, history and companies a tap away. */
export function renderCard(card: EntityCard, lang: Lang, t: Translate, view: CardView): Rendered {
  const { first, rest } = splitFacts(card);
  const parts = [header(card, lang, t)];
  parts.push(
    first.length > 0 ? first.map((g) => factLine(g[0]!, lang, t, view)).join('\n') : escapeHtml(t('card-no-facts')),
  );
  if (card.kind === 'zone' && REGIME_KINDS.includes(card.subkind))
    parts.push(escapeHtml(t(`card-regime-${card.subkind}`)));
  const here: string[] = [];
  if (card.zones.length > 0) here.push(t('card-zones-here', { count: card.zones.length }));
  if (card.companies.length > 0) here.push(t('card-companies-here', { count: card.companies.length }));
  if (here.length > 0) parts.push(escapeHtml(here.join('\n')));
  const contacts = contactLine(card, lang, t, view.contacts);
  if (contacts) parts.push(`<i>${escapeHtml(contacts)}</i>`);
  return { text: parts.join('\n\n'), buttons: cardButtons(card, lang, t, rest.length, view.following) };
}

function cardButtons(
  card: EntityCard,
  lang: Lang,
  t: Translate,
  moreFacts: number,
  following: boolean | undefined,
): Button[][] {
  const rows: Button[][] = [];
  const topic = topicOf(card);
  if (topic && following !== undefined)
    rows.push([{ text: t(following ? 'button-unfollow' : 'button-follow'), action: { type: 'follow', topic } }]);
  if (card.kind === 'zone' && card.subkind === 'sez')
    rows.push([{ text: t('button-sez-conditions'), action: { type: 'sez', slug: card.slug } }]);
  else if (card.kind === 'zone' && CONDITIONS_TOPIC[card.subkind])
    rows.push([{ text: t('button-zone-conditions'), action: { type: 'conditions', slug: card.slug } }]);
  // A few zones are a button each; more are a list of their own.
  if (card.zones.length <= DIRECT_ZONES)
    for (const zone of card.zones)
      rows.push([{ text: entityLabel(zone, lang), action: { type: 'card', slug: zone.slug } }]);
  const members: Button[] = [];
  if (card.zones.length > DIRECT_ZONES)
    members.push({
      text: t('button-zones', { count: card.zones.length }),
      action: { type: 'zones', slug: card.slug, page: 0 },
    });
  if (card.companies.length > 0)
    members.push({
      text: t('button-companies', { count: card.companies.length }),
      action: { type: 'companies', slug: card.slug, page: 0 },
    });
  if (members.length > 0) rows.push(members);
  for (let i = 0; i < card.districts.length; i += 2)
    rows.push(
      card.districts
        .slice(i, i + 2)
        .map((d) => ({ text: entityLabel(d, lang), action: { type: 'card', slug: d.slug } }) satisfies Button),
    );
  if (card.kind === 'zone') {
    rows.push([
      { text: t('button-compare'), action: { type: 'compare', slug: card.slug } },
      { text: t('button-apply'), action: { type: 'apply', slug: card.slug } },
    ]);
  }
  const extra: Button[] = [];
  if (moreFacts > 0)
    extra.push({
      text: t('button-all-facts', { count: moreFacts }),
      action: { type: 'facts', slug: card.slug, page: 1 },
    });
  if (factGroups(card.facts, card.kind).some((g) => g.length > 1))
    extra.push({ text: t('button-history'), action: { type: 'history', slug: card.slug } });
  if (extra.length > 0) rows.push(extra);
  const parent = card.places[0];
  const last: Button[] = [];
  if (parent) last.push({ text: entityLabel(parent, lang), action: { type: 'card', slug: parent.slug } });
  last.push({ text: t('button-share'), share: card.slug });
  rows.push(last);
  rows.push([{ text: t('button-menu'), action: { type: 'menu', item: 'main' } }]);
  return rows;
}

/** Page `page` (from 1) of the card's figures past the first message. */
export function renderFacts(
  card: EntityCard,
  lang: Lang,
  t: Translate,
  page: number,
  options: LineOptions,
): Rendered | undefined {
  // Page 0 is the card's first screen.
  const pages = [[], ...restPages(card)];
  const groups = pages[page];
  if (page < 1 || !groups) return undefined;
  const lines = groups.map((g) => factLine(g[0]!, lang, t, options));
  const nav: Button[] = [];
  if (page > 1) nav.push({ text: '‹', action: { type: 'facts', slug: card.slug, page: page - 1 } });
  nav.push({ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } });
  if (page + 1 < pages.length) nav.push({ text: '›', action: { type: 'facts', slug: card.slug, page: page + 1 } });
  const title = `${icon(card)} <b>${escapeHtml(nameOf(card, lang))}</b> — ${escapeHtml(t('page-of', { page: page + 1, pages: pages.length }))}`;
  return { text: [title, lines.join('\n')].join('\n\n'), buttons: [nav] };
}

/** Every figure that has older values, newest first, each with its source. */
export function renderHistory(card: EntityCard, lang: Lang, t: Translate, options: LineOptions): Rendered {
  const title = `${icon(card)} <b>${escapeHtml(nameOf(card, lang))}</b> — ${escapeHtml(t('history-title'))}`;
  const blocks: string[] = [];
  let used = title.length;
  for (const group of factGroups(card.facts, card.kind).filter((g) => g.length > 1)) {
    const block = group
      .map((f, i) =>
        i === 0 ? factLine(f, lang, t, options) : `   ${factLine(f, lang, t, options).replace(/^• /, '◦ ')}`,
      )
      .join('\n');
    // Whole blocks only, so no tag or entity is ever cut in half.
    if (used + block.length + 2 > HISTORY_BUDGET) break;
    blocks.push(block);
    used += block.length + 2;
  }
  const text = [title, blocks.length > 0 ? blocks.join('\n\n') : escapeHtml(t('history-empty'))].join('\n\n');
  return { text, buttons: [[{ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } }]] };
}

/** Page `page` (from 0) of a zone's or place's companies, or of a place's zones (those of its districts too). */
export function renderMembers(
  card: EntityCard,
  type: 'companies' | 'zones',
  lang: Lang,
  t: Translate,
  page: number,
): Rendered | undefined {
  const members: EntityRef[] = card[type];
  const pages = Math.max(1, Math.ceil(members.length / MEMBERS_PER_PAGE));
  if (page < 0 || page >= pages) return undefined;
  const slice = members.slice(page * MEMBERS_PER_PAGE, (page + 1) * MEMBERS_PER_PAGE);
  const rows: Button[][] = slice.map((c) => [{ text: entityLabel(c, lang), action: { type: 'card', slug: c.slug } }]);
  const nav: Button[] = [];
  if (page > 0) nav.push({ text: '‹', action: { type, slug: card.slug, page: page - 1 } });
  nav.push({ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } });
  if (page + 1 < pages) nav.push({ text: '›', action: { type, slug: card.slug, page: page + 1 } });
  rows.push(nav);
  const title = t(type === 'companies' ? 'companies-title' : 'place-zones-title', {
    name: nameOf(card, lang),
    count: members.length,
  });
  return {
    text: `${icon(card)} <b>${escapeHtml(title)}</b>\n${escapeHtml(t('page-of', { page: page + 1, pages }))}`,
    buttons: rows,
  };
}

/** The SEZ regime, with sources, for a special economic zone's card. */
export function renderSezConditions(card: EntityCard, lang: Lang, t: Translate): Rendered {
  const term = factGroups(card.facts).find((g) => g[0]!.metric === 'term_end')?.[0];
  const parts = [`⭐ <b>${escapeHtml(t('sez-title', { name: nameOf(card, lang) }))}</b>`, escapeHtml(t('sez-banner'))];
  if (term) parts.push(factLine(term, lang, t));
  parts.push(escapeHtml(t('sez-conditions')));
  parts.push(`<i>${escapeHtml(t('sez-disclaimer'))}</i>`);
  return {
    text: parts.join('\n\n'),
    buttons: [[{ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } }]],
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
