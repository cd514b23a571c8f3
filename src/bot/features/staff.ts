// Applications in the staff chat: the message staff see, and its status buttons (take, contacted,
// done, rejected). A change is recorded with who and when, and the applicant is told in their language.
import { InlineKeyboard } from 'grammy';
import { FeatureComposer } from '../composer.ts';
import { decodeAction, encodeAction, STAFF_STATUSES } from '../../cards/actions.ts';
import { escapeHtml, nameOf } from '../../cards/render.ts';
import type { Lang } from '../../dataset/schema.ts';
import { changeStatus, eventsOf, type Application } from '../../store/applications.ts';
import type { BotContext, BotDeps } from '../context.ts';
import { answersLine } from '../conversations/answers.ts';
import { isStaff } from './roles.ts';

/** The investment office works in Russian: staff messages are written in it. */
export const STAFF_LANG: Lang = 'ru';

export function staffMessage(deps: BotDeps, app: Application): { text: string; reply_markup: InlineKeyboard } {
  const t = (key: string, vars?: Record<string, string | number>) => deps.translate(STAFF_LANG, key, vars);
  const zone = app.zoneSlug ? deps.refs.get(app.zoneSlug) : undefined;
  const lines = [
    `📨 <b>${escapeHtml(app.ref ?? '')}</b> — ${escapeHtml(t(`apply-kind-${app.kind}`))} · ${escapeHtml(t(`staff-status-${app.status}`))}`,
    `${t('apply-field-name')}: ${app.name}`,
    `${t('apply-field-company')}: ${app.company ?? t('apply-company-none')}`,
    `${t('apply-field-contact')}: ${app.contact}`,
    `${t('apply-field-description')}: ${app.description}`,
    ...(zone ? [`${t('apply-field-zone')}: ${nameOf(zone, STAFF_LANG)}`] : []),
    ...(app.profile ? [answersLine(t, STAFF_LANG, app.kind, JSON.parse(app.profile) as unknown)] : []),
    `Telegram: tg://user?id=${app.userId} · ${app.language}`,
  ].map((l, i) => (i === 0 ? l : escapeHtml(l)));
  for (const e of eventsOf(deps.store.db, app.id).slice(1)) lines.push(escapeHtml(`— ${t(`staff-status-${e.status}`)}: ${e.byUserId}, ${e.at.slice(0, 16).replace('T', ' ')} UTC`));
  const buttons = new InlineKeyboard();
  for (const s of STAFF_STATUSES) buttons.text(t(`status-button-${s}`), encodeAction({ type: 'status', application: app.id, status: s }));
  return { text: lines.join('\n'), reply_markup: buttons };
}

export const staff = new FeatureComposer<BotContext>();

staff.on('callback_query:data', async (ctx, next) => {
  const action = decodeAction(ctx.callbackQuery.data);
  if (action?.type !== 'status') return next();
  const { staffChatId } = ctx.deps;
  const inStaffChat = staffChatId !== undefined && ctx.callbackQuery.message?.chat.id === staffChatId;
  if (!inStaffChat && !isStaff(ctx)) {
    await ctx.answerCallbackQuery({ text: ctx.t('staff-only') });
    return;
  }
  const app = changeStatus(ctx.deps.store.db, action.application, action.status, ctx.from.id);
  if (!app) {
    await ctx.answerCallbackQuery({ text: ctx.t('status-unchanged') });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t('status-set', { status: ctx.t(`staff-status-${app.status}`) }) });
  const t = (key: string, vars?: Record<string, string | number>) => ctx.deps.translate(app.language, key, vars);
  // The change is recorded; telling the applicant and updating the staff post may each fail alone
  // (a blocked bot, a deleted post) without undoing it.
  try {
    await ctx.api.sendMessage(app.chatId, t('request-status-changed', { ref: app.ref ?? '', status: t(`request-status-${app.status}`) }));
  } catch (err) {
    ctx.deps.logger.warn({ err, application: app.id }, 'could not notify the applicant');
  }
  const message = staffMessage(ctx.deps, app);
  try {
    await ctx.editMessageText(message.text, { parse_mode: 'HTML', reply_markup: message.reply_markup });
  } catch (err) {
    ctx.deps.logger.warn({ err, application: app.id }, 'could not update the staff post');
  }
});
