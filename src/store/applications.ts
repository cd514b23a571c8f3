// Applications and their status history.
import { and, desc, eq } from 'drizzle-orm';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from './db.ts';
import { type APPLICATION_STATUSES, applicationEvents, applications } from './schema.ts';

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

export function referenceOf(id: number, createdAt: string): string {
  return `INV-${createdAt.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}

export class ApplicationRepository {
  constructor(private readonly db: Db) {}

  /** Files an application once per submission key; a repeat returns the one already filed. */
  file(a: NewApplication, at = new Date()): { application: Application; created: boolean } {
    return this.db.transaction((tx) => {
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
      tx.insert(applicationEvents).values({ applicationId: row.id, status: 'new', byUserId: a.userId, at: now }).run();
      return { application: { ...row, ref }, created: true };
    });
  }

  setStaffMessage(id: number, messageId: number): void {
    this.db.update(applications).set({ staffMessageId: messageId }).where(eq(applications.id, id)).run();
  }

  /** Records a status change by a staff member; returns the updated application, or undefined when nothing changed. */
  changeStatus(id: number, status: ApplicationStatus, byUserId: number, at = new Date()): Application | undefined {
    return this.db.transaction((tx) => {
      const current = tx.select().from(applications).where(eq(applications.id, id)).get();
      if (!current || current.status === status) return undefined;
      const now = at.toISOString();
      tx.update(applications)
        .set({ status, updatedAt: now })
        .where(and(eq(applications.id, id)))
        .run();
      tx.insert(applicationEvents).values({ applicationId: id, status, byUserId, at: now }).run();
      return { ...current, status, updatedAt: now };
    });
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
