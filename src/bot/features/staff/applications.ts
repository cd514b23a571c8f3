// Applications in the staff chat: the status buttons under each post (take, contacted, done,
// rejected). A change is recorded with who and when, and the applicant is told in their language.
import { Composer } from 'grammy';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { isStaff } from '../../middlewares/roles.ts';
import { keyboard } from '../../reply.ts';
import { staffPostOf } from '../../staffPost.ts';

export const applications = new Composer<BotContext>();

onAction(applications, 'status', async (ctx) => {
  const { staffChatId } = ctx.deps;
  // Everyone in the staff chat may move an application; elsewhere only staff.
  const inStaffChat = staffChatId !== undefined && ctx.callbackQuery.message?.chat.id === staffChatId;
  if (!inStaffChat && !isStaff(ctx)) return void (await ctx.answerCallbackQuery({ text: ctx.t('staff-only') }));
  const { application, status } = ctx.action;
  const app = ctx.deps.repos.applications.changeStatus(application, status, ctx.from.id);
  if (!app) return void (await ctx.answerCallbackQuery({ text: ctx.t('status-unchanged') }));
  await ctx.answerCallbackQuery({ text: ctx.t('status-set', { status: ctx.t(`staff-status-${app.status}`) }) });
  const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(app.language, key, vars);
  // The change is recorded; telling the applicant and updating the staff post may each fail alone
  // (a blocked bot, a deleted post) without undoing it.
  try {
    await ctx.api.sendMessage(
      app.chatId,
      t('request-status-changed', { ref: app.ref ?? '', status: t(`request-status-${app.status}`) }),
    );
  } catch (err) {
    ctx.deps.logger.warn({ err, application: app.id }, 'could not notify the applicant');
  }
  const post = staffPostOf(ctx.deps, app);
  try {
    await ctx.editMessageText(post.text, { parse_mode: 'HTML', reply_markup: keyboard(post.buttons) });
  } catch (err) {
    ctx.deps.logger.warn({ err, application: app.id }, 'could not update the staff post');
  }
});
