// What the guides read from the store: the zones with the figures the ranking needs, and each
// user's last guide answers (to prefill an application).
import { and, eq } from 'drizzle-orm';
import type { GuideZone } from '../guide/rank.ts';
import { factGroups } from '../cards/render.ts';
import { entityRefs, loadCard } from './cards.ts';
import type { Db } from './open.ts';
import { guideAnswers } from './schema.ts';

export function loadGuideZones(db: Db): GuideZone[] {
  const refs = entityRefs(db);
  const zones: GuideZone[] = [];
  for (const ref of refs.values()) {
    if (ref.kind !== 'zone') continue;
    const card = loadCard(db, ref.slug, refs);
    if (!card) continue;
    // The newest unscoped figure of a metric is the zone's current one.
    const current = (metric: string) => factGroups(card.facts).find((g) => g[0]!.metric === metric && g[0]!.scope === '')?.[0];
    const num = (metric: string) => {
      const v = current(metric)?.value;
      return typeof v === 'number' ? v : undefined;
    };
    const status = current('status')?.value;
    const term = current('term_end')?.value;
    zones.push({
      slug: ref.slug,
      zoneKind: ref.subkind,
      places: card.places.map((p) => p.slug),
      ...(typeof status === 'string' ? { status } : {}),
      ...(num('free_land') !== undefined ? { freeLandHa: num('free_land')! } : {}),
      ...(num('occupancy') !== undefined ? { occupancyPercent: num('occupancy')! } : {}),
      ...(typeof term === 'string' ? { termEnd: term } : {}),
      companies: card.companies.map((c) => ({ name: c.name, sector: c.subkind })),
    });
  }
  return zones;
}

export type GuideName = 'invest' | 'park';

export function saveGuideAnswers(db: Db, userId: number, guide: GuideName, answers: unknown): void {
  const row = { userId, guide, answers: JSON.stringify(answers), updatedAt: new Date().toISOString() };
  db.insert(guideAnswers)
    .values(row)
    .onConflictDoUpdate({ target: [guideAnswers.userId, guideAnswers.guide], set: { answers: row.answers, updatedAt: row.updatedAt } })
    .run();
}

export function loadGuideAnswers(db: Db, userId: number, guide: GuideName): unknown {
  const row = db.select().from(guideAnswers).where(and(eq(guideAnswers.userId, userId), eq(guideAnswers.guide, guide))).get();
  return row ? (JSON.parse(row.answers) as unknown) : undefined;
}
