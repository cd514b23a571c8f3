// Staff roles: admins (ADMIN_IDS) grant and revoke them; staff use the staff commands.
import { asc, eq } from 'drizzle-orm';
import type { Db } from './open.ts';
import { staffRoles } from './schema.ts';

export function staffIds(db: Db): number[] {
  return db.select({ id: staffRoles.userId }).from(staffRoles).orderBy(asc(staffRoles.userId)).all().map((r) => r.id);
}

export function isStaffMember(db: Db, userId: number): boolean {
  return db.select().from(staffRoles).where(eq(staffRoles.userId, userId)).get() !== undefined;
}

/** Returns false when the user was staff already. */
export function grantStaff(db: Db, userId: number, by: number, at = new Date()): boolean {
  return db.insert(staffRoles).values({ userId, grantedBy: by, grantedAt: at.toISOString() }).onConflictDoNothing().run().changes > 0;
}

/** Returns false when the user was not staff. */
export function revokeStaff(db: Db, userId: number): boolean {
  return db.delete(staffRoles).where(eq(staffRoles.userId, userId)).run().changes > 0;
}
