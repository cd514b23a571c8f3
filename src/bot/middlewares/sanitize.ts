// At the edge: text that is not well-formed Unicode (half an emoji) would be refused by Telegram
// when echoed; a button pressed where there is no chat (an inline message) has nowhere to answer.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.ts';

export const sanitize: MiddlewareFn<BotContext> = async (ctx, next) => {
  const m = ctx.message ?? ctx.editedMessage;
  if (m?.text !== undefined) m.text = m.text.toWellFormed();
  if (m?.caption !== undefined) m.caption = m.caption.toWellFormed();
  if (ctx.inlineQuery) ctx.inlineQuery.query = ctx.inlineQuery.query.toWellFormed();
  if (ctx.from) ctx.from.first_name = ctx.from.first_name.toWellFormed();
  if (ctx.callbackQuery && !ctx.chat) {
    await ctx.answerCallbackQuery();
    return;
  }
  return next();
};
