// The main menu: the way back from every feature.
import { escapeHtml, type Rendered } from '../cards/render.ts';
import type { Translate } from '../cards/format.ts';

export function mainMenu(t: Translate, intro?: string): Rendered {
  return {
    text: escapeHtml(intro ?? t('menu-title')),
    buttons: [
      [{ text: t('menu-invest'), action: { type: 'menu', item: 'invest' } }],
      [{ text: t('menu-parks'), action: { type: 'menu', item: 'parks' } }],
      [{ text: t('menu-search'), action: { type: 'menu', item: 'search' } }],
      [{ text: t('menu-zones'), action: { type: 'menu', item: 'zones' } }],
      [{ text: t('menu-compare'), action: { type: 'menu', item: 'compare' } }],
      [{ text: t('menu-districts'), action: { type: 'list', kind: 'districts', page: 0 } }],
      [{ text: t('menu-requests'), action: { type: 'menu', item: 'requests' } }],
      [
        { text: t('menu-help'), action: { type: 'menu', item: 'help' } },
        { text: t('menu-language'), action: { type: 'menu', item: 'language' } },
      ],
    ],
  };
}
