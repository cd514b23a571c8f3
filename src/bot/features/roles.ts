// Roles: admins (ADMIN_IDS) grant and revoke the staff role with /staff; every staff command and
// button asks `isStaff` — the command menu only hides them, it does not protect them.
import { FeatureComposer } from '../composer.ts';
import { escapeHtml } from '../../cards/render.ts';
import { grantStaff, isStaffMember, revokeStaff, staffIds } from '../../store/staff.ts';
import { setStaffCommands } from '../commands.ts';
import type { BotContext } from '../context.ts';

export function isAdmin(ctx: BotContext): boolean {
  return ctx.from !== undefined && ctx.deps.adminIds.includes(ctx.from.id);
}

export function isStaff(ctx: BotContext): boolean {
  return ctx.from !== undefined && (isAdmin(ctx) || isStaffMember(ctx.deps.store.db, ctx.from.id));
}

export const roles = new FeatureComposer<BotContext>();

roles.command('staff', async (ctx) => {
  if (!isAdmin(ctx)) {
    await ctx.reply(ctx.t('admin-only'));
    return;
  }
  const [verb, idText] = ctx.match.trim().split(/\s+/);
  const id = idText && /^\d{1,15}$/.test(idText) ? Number(idText) : undefined;
  if ((verb === 'add' || verb === 'remove') && id !== undefined) {
    const changed = verb === 'add' ? grantStaff(ctx.deps.store.db, id, ctx.from!.id) : revokeStaff(ctx.deps.store.db, id);
    if (changed) {
      // The user may never have started the bot: their command menu then waits until they do.
      await setStaffCommands(ctx.api, ctx.deps.translate, id, verb === 'add').catch((err: unknown) => ctx.deps.logger.warn({ err, user: id }, 'could not set staff commands'));
    }
    const key = verb === 'add' ? (changed ? 'staff-granted' : 'staff-already') : changed ? 'staff-revoked' : 'staff-not-staff';
    await ctx.reply(ctx.t(key, { id }));
    return;
  }
  const list = staffIds(ctx.deps.store.db);
  await ctx.reply(escapeHtml([ctx.t('staff-list', { count: list.length }), ...list.map((s) => `• ${s}`), ctx.t('staff-usage')].join('\n')), { parse_mode: 'HTML' });
});
