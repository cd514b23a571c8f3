// Whom a card tells the investor to contact: the bodies serving the entity and its places, nearest
// first, then those serving everywhere (db/seed/contacts.yaml).
import type { ContactRecord } from '../dataset/schema.ts';
import type { EntityCard } from './types.ts';

/** At most this many contacts on a card: the nearest, then the national ones. */
export const CARD_CONTACTS = 3;

export function contactsOf(
  card: Pick<EntityCard, 'slug' | 'places'>,
  contacts: readonly ContactRecord[],
): ContactRecord[] {
  const near = [card.slug, ...card.places.map((p) => p.slug)].flatMap((place) =>
    contacts.filter((c) => c.serves?.includes(place)),
  );
  const everywhere = contacts.filter((c) => !c.serves);
  return [...new Set([...near, ...everywhere])].slice(0, CARD_CONTACTS);
}
