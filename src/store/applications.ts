// Applications and their status history.
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from './db.ts';
import { type APPLICATION_STATUSES, applicationEvents, applications, staffPosts } from './schema.ts';

export type Application = typeof applications.$inferSelect;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface NewApplication {
  submissionKey: string;
  userId: number;
  chatId: number;
  language: Lang;
  kind: 'invest' | 'park';
  name: string;
  company: string | null;
  contact: string;
  contactKind: 'phone' | 'email';
  description: string;
  zoneSlug: string | null;
  profile: string | null;
}

/** Applications not yet in the staff chat, for /stats: how many, since when, and why the last try failed. */
export interface Unposted {
  count: number;
  oldest: string | null;
  lastError: string | null;
}

export function referenceOf(id: number, createdAt: string): string {
  return `INV-${createdAt.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}

export class ApplicationRepository {
  constructor(private readonly db: Db) {}

  /**
   * Files an application once per submission key, with its row in the staff chat's outbox in the
   * same transaction; a repeat returns the one already filed and queues nothing.
   */
  file(a: NewApplication, at = new Date()): { application: Application; created: boolean } {
    return this.db.transaction(
      (tx) => {
        const existing = tx.select().from(applications).where(eq(applications.submissionKey, a.submissionKey)).get();
        if (existing) return { application: existing, created: false };
        const now = at.toISOString();
        const row = tx
          .insert(applications)
          .values({ ...a, status: 'new', createdAt: now, updatedAt: now })
          .returning()
          .get();
        const ref = referenceOf(row.id, now);
        tx.update(applications).set({ ref }).where(eq(applications.id, row.id)).run();
        tx.insert(applicationEvents)
          .values({ applicationId: row.id, status: 'new', byUserId: a.userId, at: now })
          .run();
        tx.insert(staffPosts).values({ applicationId: row.id, createdAt: now }).run();
        return { application: { ...row, ref }, created: true };
      },
      { behavior: 'immediate' },
    );
  }

  /** Applications whose staff post is due by `now`, oldest first, with the failed tries so far. */
  duePosts(now: number, limit: number): Array<{ application: Application; attempts: number }> {
    return this.db
      .select({ application: applications, attempts: staffPosts.attempts })
      .from(staffPosts)
      .innerJoin(applications, eq(applications.id, staffPosts.applicationId))
      .where(and(eq(staffPosts.status, 'pending'), lte(staffPosts.nextAttemptAt, now)))
      .orderBy(asc(staffPosts.applicationId))
      .limit(limit)
      .all();
  }

  /** When the next pending post is due (epoch ms), or undefined when none is pending. */
  nextPostAt(): number | undefined {
    return (
      this.db
        .select({ at: sql<number | null>`min(${staffPosts.nextAttemptAt})` })
        .from(staffPosts)
        .where(eq(staffPosts.status, 'pending'))
        .get()?.at ?? undefined
    );
  }

  /** The post is in the staff chat: the outbox row and the application's message id, together. */
  markPosted(id: number, messageId: number, at = new Date()): void {
    this.db.transaction(
      (tx) => {
        tx.update(applications).set({ staffMessageId: messageId }).where(eq(applications.id, id)).run();
        tx.update(staffPosts)
          .set({ status: 'posted', postedAt: at.toISOString(), lastError: null })
          .where(eq(staffPosts.applicationId, id))
          .run();
      },
      { behavior: 'immediate' },
    );
  }

  /** A failed post: tried again at `nextAttemptAt`; `counts` is false for a flood wait, which is no failure. */
  postFailed(id: number, nextAttemptAt: number, error: string, counts = true): void {
    this.db
      .update(staffPosts)
      .set({
        nextAttemptAt,
        lastError: error,
        ...(counts ? { attempts: sql`${staffPosts.attempts} + 1` } : {}),
      })
      .where(eq(staffPosts.applicationId, id))
      .run();
  }

  /** Every pending post is due now: at start, which is often how an operator fixes the staff chat. */
  retryPostsNow(): void {
    this.db.update(staffPosts).set({ nextAttemptAt: 0 }).where(eq(staffPosts.status, 'pending')).run();
  }

  unposted(): Unposted {
    const row = this.db
      .select({ count: sql<number>`count(*)`, oldest: sql<string | null>`min(${staffPosts.createdAt})` })
      .from(staffPosts)
      .where(eq(staffPosts.status, 'pending'))
      .get();
    const last = this.db
      .select({ error: staffPosts.lastError })
      .from(staffPosts)
      .where(and(eq(staffPosts.status, 'pending'), sql`${staffPosts.lastError} is not null`))
      .orderBy(desc(staffPosts.nextAttemptAt))
      .limit(1)
      .get();
    return { count: row?.count ?? 0, oldest: row?.oldest ?? null, lastError: last?.error ?? null };
  }

  /** Records a status change by a staff member; returns the updated application, or undefined when nothing changed. */
  changeStatus(id: number, status: ApplicationStatus, byUserId: number, at = new Date()): Application | undefined {
    return this.db.transaction(
      (tx) => {
        const current = tx.select().from(applications).where(eq(applications.id, id)).get();
        if (!current || current.status === status) return undefined;
        const now = at.toISOString();
        tx.update(applications).set({ status, updatedAt: now }).where(eq(applications.id, id)).run();
        tx.insert(applicationEvents).values({ applicationId: id, status, byUserId, at: now }).run();
        return { ...current, status, updatedAt: now };
      },
      { behavior: 'immediate' },
    );
  }

  ofUser(userId: number): Application[] {
    return this.db
      .select()
      .from(applications)
      .where(eq(applications.userId, userId))
      .orderBy(desc(applications.id))
      .all();
  }

  events(id: number): Array<typeof applicationEvents.$inferSelect> {
    return this.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id))
      .orderBy(applicationEvents.id)
      .all();
  }
}
