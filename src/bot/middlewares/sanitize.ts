// At the edge: text that is not well-formed Unicode (half an emoji) would be refused by Telegram
// when echoed; a button pressed where there is no chat (an inline message) has nowhere to answer.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.ts';

const wellFormed = (text: string) => (text.isWellFormed() ? text : text.toWellFormed());

export const sanitize: MiddlewareFn<BotContext> = async (ctx, next) => {
  const m = ctx.message ?? ctx.editedMessage;
  if (m?.text !== undefined) m.text = wellFormed(m.text);
  if (m?.caption !== undefined) m.caption = wellFormed(m.caption);
  if (ctx.inlineQuery) ctx.inlineQuery.query = wellFormed(ctx.inlineQuery.query);
  if (ctx.from) ctx.from.first_name = wellFormed(ctx.from.first_name);
  if (ctx.callbackQuery && !ctx.chat) {
    await ctx.answerCallbackQuery();
    return;
  }
  return next();
};
