// Names kept in three columns, read back as one value per language.
import type { Localized } from '../dataset/schema.ts';
import type { facts, sources } from './schema.ts';

/** A source's publisher: the Russian and Kazakh names fall back to the English one. */
export function publisherOf(s: typeof sources.$inferSelect): Localized {
  return { ru: s.publisherRu || s.publisher, kk: s.publisherKk || s.publisher, en: s.publisher };
}

/** A fact's note, when it has one in every language. */
export function noteOf(f: typeof facts.$inferSelect): Localized | null {
  return f.noteRu && f.noteKk && f.noteEn ? { ru: f.noteRu, kk: f.noteKk, en: f.noteEn } : null;
}
