// Cards: one renderer for every entity, used by every feature. Every figure carries its source and
// date; where sources disagree the newest is shown and the rest are one tap away ("history").
import type { Lang } from '../dataset/schema.ts';
import type { Action } from './actions.ts';
import { formatValue, qualify, sourceDate, type Translate } from './format.ts';
import { factGroups } from './facts.ts';
import type { CardFact, EntityCard, EntityRef } from './types.ts';

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

/** Room for the figures in one message, leaving space for the header and Telegram's 4,096 limit. */
const FACTS_BUDGET = 2800;
export const COMPANIES_PER_PAGE = 8;

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

export function factLine(f: CardFact, lang: Lang, t: Translate): string {
  const note = f.note?.[lang];
  let line: string;
  if (f.metric === 'status' && typeof f.value === 'string') {
    line = `${t('metric-status')}: ${t(`status-${f.value}`)}${note ? ` — ${note}` : ''}`;
  } else if (f.unit === 'text') {
    const content = note ?? String(f.value);
    line = f.metric === 'other' ? content : `${t(`metric-${f.metric}`)}: ${content}`;
  } else {
    const value = qualify(formatValue(f.value, f.unit, f.currency, lang, t), f.qualifier, t);
    const label = f.scope && note ? capitalize(note) : t(`metric-${f.metric}`);
    line = `${label}: ${value}${!f.scope && note ? ` (${note})` : ''}`;
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

/** The figures of a card cut into pages that fit a message. */
function factPages(card: EntityCard, lang: Lang, t: Translate): string[][] {
  const pages: string[][] = [[]];
  let used = 0;
  for (const group of factGroups(card.facts)) {
    const line = factLine(group[0]!, lang, t);
    if (used + line.length > FACTS_BUDGET && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(line);
    used += line.length + 1;
  }
  return pages;
}

/** The topic a card can be followed by: its zone or district. */
export function topicOf(card: Pick<EntityCard, 'kind' | 'slug'>): string | undefined {
  return card.kind === 'zone' ? `zone:${card.slug}` : card.kind === 'district' ? `district:${card.slug}` : undefined;
}

export function renderCard(card: EntityCard, lang: Lang, t: Translate, following?: boolean): Rendered {
  const pages = factPages(card, lang, t);
  const parts = [header(card, lang, t)];
  const first = pages[0] ?? [];
  parts.push(first.length > 0 ? first.join('\n') : escapeHtml(t('card-no-facts')));
  if (pages.length > 1) parts.push(escapeHtml(t('card-more-facts', { count: pages.slice(1).flat().length })));
  if (card.zones.length > 0) parts.push(escapeHtml(t('card-zones-here', { count: card.zones.length })));
  if (card.companies.length > 0) parts.push(escapeHtml(t('card-companies-here', { count: card.companies.length })));
  if (card.kind === 'zone' && card.subkind === 'sez') parts.push(escapeHtml(t('card-sez-hint')));
  parts.push(`<i>${escapeHtml(t('card-confirm'))}</i>`);
  return { text: parts.join('\n\n'), buttons: cardButtons(card, lang, t, pages.length > 1, following) };
}

function cardButtons(
  card: EntityCard,
  lang: Lang,
  t: Translate,
  moreFacts: boolean,
  following: boolean | undefined,
): Button[][] {
  const rows: Button[][] = [];
  const topic = topicOf(card);
  if (topic && following !== undefined)
    rows.push([{ text: t(following ? 'button-unfollow' : 'button-follow'), action: { type: 'follow', topic } }]);
  if (card.kind === 'zone' && card.subkind === 'sez')
    rows.push([{ text: t('button-sez-conditions'), action: { type: 'sez', slug: card.slug } }]);
  for (const zone of card.zones)
    rows.push([{ text: entityLabel(zone, lang), action: { type: 'card', slug: zone.slug } }]);
  for (const district of card.districts)
    rows.push([{ text: entityLabel(district, lang), action: { type: 'card', slug: district.slug } }]);
  if (card.companies.length > 0)
    rows.push([
      {
        text: t('button-companies', { count: card.companies.length }),
        action: { type: 'companies', slug: card.slug, page: 0 },
      },
    ]);
  if (card.kind === 'zone') {
    rows.push([
      { text: t('button-compare'), action: { type: 'compare', slug: card.slug } },
      { text: t('button-apply'), action: { type: 'apply', slug: card.slug } },
    ]);
  }
  const extra: Button[] = [];
  if (moreFacts) extra.push({ text: t('button-all-facts'), action: { type: 'facts', slug: card.slug, page: 1 } });
  if (factGroups(card.facts).some((g) => g.length > 1))
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
export function renderFacts(card: EntityCard, lang: Lang, t: Translate, page: number): Rendered | undefined {
  const pages = factPages(card, lang, t);
  const lines = pages[page];
  if (page < 1 || !lines) return undefined;
  const nav: Button[] = [];
  if (page > 1) nav.push({ text: '‹', action: { type: 'facts', slug: card.slug, page: page - 1 } });
  nav.push({ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } });
  if (page + 1 < pages.length) nav.push({ text: '›', action: { type: 'facts', slug: card.slug, page: page + 1 } });
  const title = `${icon(card)} <b>${escapeHtml(nameOf(card, lang))}</b> — ${escapeHtml(t('page-of', { page: page + 1, pages: pages.length }))}`;
  return { text: [title, lines.join('\n')].join('\n\n'), buttons: [nav] };
}

/** Every figure that has older values, newest first, each with its source. */
export function renderHistory(card: EntityCard, lang: Lang, t: Translate): Rendered {
  const title = `${icon(card)} <b>${escapeHtml(nameOf(card, lang))}</b> — ${escapeHtml(t('history-title'))}`;
  const blocks: string[] = [];
  let used = title.length;
  for (const group of factGroups(card.facts).filter((g) => g.length > 1)) {
    const block = group
      .map((f, i) => (i === 0 ? factLine(f, lang, t) : `   ${factLine(f, lang, t).replace(/^• /, '◦ ')}`))
      .join('\n');
    // Whole blocks only, so no tag or entity is ever cut in half.
    if (used + block.length + 2 > FACTS_BUDGET + 1000) break;
    blocks.push(block);
    used += block.length + 2;
  }
  const text = [title, blocks.length > 0 ? blocks.join('\n\n') : escapeHtml(t('history-empty'))].join('\n\n');
  return { text, buttons: [[{ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } }]] };
}

export function renderCompanies(card: EntityCard, lang: Lang, t: Translate, page: number): Rendered | undefined {
  const pages = Math.max(1, Math.ceil(card.companies.length / COMPANIES_PER_PAGE));
  if (page < 0 || page >= pages) return undefined;
  const slice = card.companies.slice(page * COMPANIES_PER_PAGE, (page + 1) * COMPANIES_PER_PAGE);
  const rows: Button[][] = slice.map((c) => [{ text: entityLabel(c, lang), action: { type: 'card', slug: c.slug } }]);
  const nav: Button[] = [];
  if (page > 0) nav.push({ text: '‹', action: { type: 'companies', slug: card.slug, page: page - 1 } });
  nav.push({ text: t('button-back-to-card'), action: { type: 'card', slug: card.slug } });
  if (page + 1 < pages) nav.push({ text: '›', action: { type: 'companies', slug: card.slug, page: page + 1 } });
  rows.push(nav);
  const title = t('companies-title', { name: nameOf(card, lang), count: card.companies.length });
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
