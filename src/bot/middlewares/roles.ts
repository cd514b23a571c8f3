// Who may do what: admins are ADMIN_IDS, staff are granted by them. Staff commands and buttons are
// behind `staffOnly` (or `adminOnly`), or ask `isStaff` themselves where others get something else
// (a data file from anyone else is not an import; anyone in the staff chat may move an application):
// the command menu only hides them, it does not protect them.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.ts';

export function isAdmin(ctx: BotContext): boolean {
  return ctx.from !== undefined && ctx.deps.adminIds.includes(ctx.from.id);
}

export function isStaff(ctx: BotContext): boolean {
  return ctx.from !== undefined && (isAdmin(ctx) || ctx.deps.repos.staff.has(ctx.from.id));
}

function only(allowed: (ctx: BotContext) => boolean, refusal: string): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (allowed(ctx)) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t(refusal) });
    else await ctx.reply(ctx.t(refusal));
  };
}

export const staffOnly = only(isStaff, 'staff-only');
export const adminOnly = only(isAdmin, 'admin-only');
