// What the guides read from the store: the zones with the figures the ranking needs, and each
// user's last guide answers (to prefill an application).
import { and, eq } from 'drizzle-orm';
import type { GuideZone } from '../guide/rank.ts';
import { sectorsIn } from '../guide/sectors.ts';
import { currentFact } from '../cards/facts.ts';
import type { CardRepository } from './cards.ts';
import type { Db } from './db.ts';
import { aliases, guideAnswers } from './schema.ts';

export type GuideName = 'invest' | 'park';

export class GuideRepository {
  constructor(
    private readonly db: Db,
    private readonly cards: CardRepository,
  ) {}

  zones(): GuideZone[] {
    const refs = this.cards.refs();
    const zones: GuideZone[] = [];
    for (const ref of refs.values()) {
      if (ref.kind !== 'zone') continue;
      const card = this.cards.card(ref.slug, refs);
      if (!card) continue;
      // The newest unscoped figure of a metric is the zone's current one.
      const current = (metric: string) => currentFact(card.facts, metric);
      const num = (metric: string) => {
        const v = current(metric)?.value;
        return typeof v === 'number' ? v : undefined;
      };
      const status = current('status')?.value;
      const term = current('term_end')?.value;
      const freeLand = num('free_land');
      const occupancy = num('occupancy');
      // What the zone is for: its stated profile and the words it is known by («высокие технологии, R&D»).
      const profile = card.facts.filter((f) => f.metric === 'other' && f.scope === 'profile');
      const keywords = this.db
        .select({ text: aliases.text })
        .from(aliases)
        .where(and(eq(aliases.entitySlug, ref.slug), eq(aliases.kind, 'keyword')))
        .all();
      const about = [...profile.map((f) => f.note?.en ?? String(f.value)), ...keywords.map((k) => k.text)];
      const activities = sectorsIn(about.join(', '));
      zones.push({
        slug: ref.slug,
        zoneKind: ref.subkind,
        places: card.places.map((p) => p.slug),
        ...(typeof status === 'string' ? { status } : {}),
        ...(freeLand !== undefined ? { freeLandHa: freeLand } : {}),
        ...(occupancy !== undefined ? { occupancyPercent: occupancy } : {}),
        ...(typeof term === 'string' ? { termEnd: term } : {}),
        ...(activities.length > 0 ? { activities } : {}),
        companies: card.companies.map((c) => ({ name: c.name, sector: c.subkind })),
      });
    }
    return zones;
  }

  saveAnswers(userId: number, guide: GuideName, answers: unknown): void {
    const row = { userId, guide, answers: JSON.stringify(answers), updatedAt: new Date().toISOString() };
    this.db
      .insert(guideAnswers)
      .values(row)
      .onConflictDoUpdate({
        target: [guideAnswers.userId, guideAnswers.guide],
        set: { answers: row.answers, updatedAt: row.updatedAt },
      })
      .run();
  }

  loadAnswers(userId: number, guide: GuideName): unknown {
    const which = and(eq(guideAnswers.userId, userId), eq(guideAnswers.guide, guide));
    const row = this.db.select().from(guideAnswers).where(which).get();
    return row ? (JSON.parse(row.answers) as unknown) : undefined;
  }
}
