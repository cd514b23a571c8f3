// Sends a rendered card or list: as a new message, or in place of the message whose button was pressed.
import { GrammyError, InlineKeyboard } from 'grammy';
import { encodeAction } from '../cards/actions.ts';
import type { Button, Rendered } from '../cards/render.ts';
import type { BotContext } from './context.ts';

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

const options = (r: Rendered) =>
  ({ parse_mode: 'HTML', reply_markup: keyboard(r.buttons), link_preview_options: { is_disabled: true } }) as const;

export async function send(ctx: BotContext, r: Rendered): Promise<void> {
  await ctx.reply(r.text, options(r));
}

/** Replaces the message a button was pressed on; sends anew when it cannot be edited. */
export async function show(ctx: BotContext, r: Rendered): Promise<void> {
  if (!ctx.callbackQuery?.message) return send(ctx, r);
  try {
    await ctx.editMessageText(r.text, options(r));
  } catch (err) {
    if (err instanceof GrammyError && err.description.includes('message is not modified')) return;
    if (err instanceof GrammyError && err.error_code === 400) return send(ctx, r);
    throw err;
  }
}
