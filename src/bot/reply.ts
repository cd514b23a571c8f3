// Sends a rendered card or list: as a new message, or in place of the message whose button was pressed.
import { GrammyError, InlineKeyboard, type Transformer } from 'grammy';
import { encodeAction } from '../cards/actions.ts';
import type { Button, Rendered } from '../cards/render.ts';
import type { BotContext } from './context.ts';
import { memoByObject } from '../memo.ts';

/**
 * Drops empty rows from every inline keyboard the bot sends: keyboards built row by row
 * (`.row()` after the last button, `.append(...)`) leave them, and Telegram refuses them.
 */
export const dropEmptyRows: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: { inline_keyboard?: unknown[][] } }).reply_markup;
  // Only a keyboard with an empty row is touched: cards' keyboards are built once and sent many times.
  if (markup?.inline_keyboard?.some((row) => row.length === 0)) markup.inline_keyboard = markup.inline_keyboard.filter((row) => row.length > 0);
  return prev(method, payload, signal);
};

export function keyboard(rows: Button[][]): InlineKeyboard {
  const kb = new InlineKeyboard();
  rows.forEach((row, i) => {
    if (i > 0) kb.row();
    for (const b of row) {
      if (b.action) kb.text(b.text, encodeAction(b.action));
      else if (b.url) kb.url(b.text, b.url);
      else if (b.share !== undefined) kb.switchInline(b.text, b.share);
    }
  });
  return kb;
}

// Cards are rendered once and sent many times: so is their keyboard built once.
const keyboardOf = memoByObject((r: Rendered) => keyboard(r.buttons));

export async function send(ctx: BotContext, r: Rendered): Promise<void> {
  await ctx.reply(r.text, { parse_mode: 'HTML', reply_markup: keyboardOf(r), link_preview_options: { is_disabled: true } });
}

/** Replaces the message a button was pressed on; sends anew when it cannot be edited. */
export async function show(ctx: BotContext, r: Rendered): Promise<void> {
  if (!ctx.callbackQuery?.message) return send(ctx, r);
  try {
    await ctx.editMessageText(r.text, { parse_mode: 'HTML', reply_markup: keyboardOf(r), link_preview_options: { is_disabled: true } });
  } catch (err) {
    if (err instanceof GrammyError && err.description.includes('message is not modified')) return;
    if (err instanceof GrammyError && err.error_code === 400) return send(ctx, r);
    throw err;
  }
}
