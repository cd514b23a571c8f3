// Who follows what: topics — a zone, a district, SEZ news, SME parks (the general news is the users' newsOff).
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { subscriptions } from './schema.ts';

export class SubscriptionRepository {
  // Every card a user opens shows whether they follow it.
  private readonly topics;

  constructor(private readonly db: Db) {
    this.topics = db
      .select({ topic: subscriptions.topic })
      .from(subscriptions)
      .where(eq(subscriptions.userId, sql.placeholder('userId')))
      .prepare();
  }

  topicsOf(userId: number): string[] {
    return this.topics.all({ userId }).map((r) => r.topic);
  }

  /** Follows a topic, or stops following it; returns whether the user follows it now. */
  toggle(userId: number, topic: string, at = new Date()): boolean {
    const which = and(eq(subscriptions.userId, userId), eq(subscriptions.topic, topic));
    if (this.db.delete(subscriptions).where(which).run().changes > 0) return false;
    this.db.insert(subscriptions).values({ userId, topic, createdAt: at.toISOString() }).run();
    return true;
  }
}
