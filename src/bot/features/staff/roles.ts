// Roles: admins (ADMIN_IDS) grant and revoke the staff role with /staff.
import { Composer } from 'grammy';
import { escapeHtml } from '../../../cards/render.ts';
import { setStaffCommands } from '../../commands.ts';
import type { BotContext } from '../../context.ts';
import { adminOnly } from '../../middlewares/roles.ts';

export const roles = new Composer<BotContext>();

roles.command('staff', adminOnly, async (ctx) => {
  const [verb, idText] = ctx.match.trim().split(/\s+/);
  const id = idText && /^\d{1,15}$/.test(idText) ? Number(idText) : undefined;
  const { staff } = ctx.deps.repos;
  if ((verb === 'add' || verb === 'remove') && id !== undefined && ctx.from) {
    const changed = verb === 'add' ? staff.grant(id, ctx.from.id) : staff.revoke(id);
    if (changed) {
      // The user may never have started the bot: their command menu then waits until they do.
      await setStaffCommands(ctx.api, ctx.deps.translate, id, verb === 'add').catch((err: unknown) =>
        ctx.deps.logger.warn({ err, user: id }, 'could not set staff commands'),
      );
    }
    const key =
      verb === 'add' ? (changed ? 'staff-granted' : 'staff-already') : changed ? 'staff-revoked' : 'staff-not-staff';
    return void (await ctx.reply(ctx.t(key, { id })));
  }
  const list = staff.ids();
  const text = [ctx.t('staff-list', { count: list.length }), ...list.map((s) => `• ${s}`), ctx.t('staff-usage')].join(
    '\n',
  );
  await ctx.reply(escapeHtml(text), { parse_mode: 'HTML' });
});
