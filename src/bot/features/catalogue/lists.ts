// Lists of zones and districts, the zone-kind menu, and "did you mean" candidates.
import { LIST_KINDS, type ListKind } from '../../../cards/actions.ts';
import { entityLabel, escapeHtml, type Button, type Rendered } from '../../../cards/render.ts';
import type { EntityRef } from '../../../cards/types.ts';
import type { Translate } from '../../../cards/format.ts';
import type { Lang } from '../../../dataset/schema.ts';

export const LIST_PAGE = 8;

/** Which entities a list shows. */
export function listMembers(kind: ListKind, refs: Iterable<EntityRef>): EntityRef[] {
  const all = [...refs];
  if (kind === 'districts') return all.filter((r) => r.kind === 'district');
  const zones = all.filter((r) => r.kind === 'zone');
  if (kind === 'other')
    return zones.filter((z) => !['sez', 'industrial_zone', 'small_industrial_park'].includes(z.subkind));
  return zones.filter((z) => z.subkind === kind);
}

export function zoneKindsMenu(t: Translate, refs: Iterable<EntityRef>): Rendered {
  const list = [...refs];
  const rows: Button[][] = LIST_KINDS.filter((k) => k !== 'districts')
    .map((kind) => ({ kind, count: listMembers(kind, list).length }))
    .filter((k) => k.count > 0)
    .map(({ kind, count }) => [{ text: t(`list-${kind}`, { count }), action: { type: 'list', kind, page: 0 } }]);
  rows.push([{ text: t('menu-districts'), action: { type: 'list', kind: 'districts', page: 0 } }]);
  rows.push([{ text: t('button-menu'), action: { type: 'menu', item: 'main' } }]);
  return { text: escapeHtml(t('zones-title')), buttons: rows };
}

export function entityList(
  kind: ListKind,
  page: number,
  members: EntityRef[],
  lang: Lang,
  t: Translate,
): Rendered | undefined {
  const pages = Math.max(1, Math.ceil(members.length / LIST_PAGE));
  if (page >= pages) return undefined;
  const collator = new Intl.Collator(lang === 'en' ? 'en' : lang === 'kk' ? 'kk' : 'ru');
  const rows: Button[][] = [...members]
    .sort((a, b) => collator.compare(plainName(a, lang), plainName(b, lang)))
    .slice(page * LIST_PAGE, (page + 1) * LIST_PAGE)
    .map((m) => [{ text: entityLabel(m, lang), action: { type: 'card', slug: m.slug } }]);
  const nav: Button[] = [];
  if (page > 0) nav.push({ text: '‹', action: { type: 'list', kind, page: page - 1 } });
  nav.push({ text: t('button-menu'), action: { type: 'menu', item: kind === 'districts' ? 'main' : 'zones' } });
  if (page + 1 < pages) nav.push({ text: '›', action: { type: 'list', kind, page: page + 1 } });
  rows.push(nav);
  const title = `<b>${escapeHtml(t(`list-${kind}`, { count: members.length }))}</b>`;
  return {
    text: pages > 1 ? `${title}\n${escapeHtml(t('page-of', { page: page + 1, pages }))}` : title,
    buttons: rows,
  };
}

/** A name as it sorts: without the quotes and kind words zone names start with. */
function plainName(ref: EntityRef, lang: Lang): string {
  const name = ref.name[lang];
  const quoted = /«([^»]+)»?/.exec(name);
  return (quoted?.[1] ?? name).toLowerCase();
}

/** "Did you mean…": a few close candidates as buttons. */
export function candidates(results: EntityRef[], lang: Lang, t: Translate): Rendered {
  return {
    text: escapeHtml(t('search-several')),
    buttons: [
      ...results.map((r) => [{ text: entityLabel(r, lang), action: { type: 'card' as const, slug: r.slug } }]),
      [{ text: t('button-menu'), action: { type: 'menu', item: 'main' } }],
    ],
  };
}
