// Staff roles: admins (ADMIN_IDS) grant and revoke them; staff use the staff commands.
import { asc, eq } from 'drizzle-orm';
import type { Db } from './db.ts';
import { staffRoles } from './schema.ts';

export class StaffRepository {
  constructor(private readonly db: Db) {}

  ids(): number[] {
    return this.db
      .select({ id: staffRoles.userId })
      .from(staffRoles)
      .orderBy(asc(staffRoles.userId))
      .all()
      .map((r) => r.id);
  }

  has(userId: number): boolean {
    return this.db.select().from(staffRoles).where(eq(staffRoles.userId, userId)).get() !== undefined;
  }

  /** Returns false when the user was staff already. */
  grant(userId: number, by: number, at = new Date()): boolean {
    const row = { userId, grantedBy: by, grantedAt: at.toISOString() };
    return this.db.insert(staffRoles).values(row).onConflictDoNothing().run().changes > 0;
  }

  /** Returns false when the user was not staff. */
  revoke(userId: number): boolean {
    return this.db.delete(staffRoles).where(eq(staffRoles.userId, userId)).run().changes > 0;
  }
}
