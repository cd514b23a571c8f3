// Keyboards reach Telegram without empty rows, and a keyboard without any is passed on untouched
// (cards' keyboards are built once and sent many times).
import { InlineKeyboard } from 'grammy';
import { describe, expect, it } from 'vitest';
import { dropEmptyRows } from '../../src/bot/api.ts';

type Markup = { inline_keyboard: unknown[][] };
async function sent(reply_markup: Markup): Promise<Markup> {
  let got: Markup | undefined;
  const prev = (async (_method: string, payload: { reply_markup: Markup }) => {
    got = payload.reply_markup;
    return { ok: true, result: true };
  }) as unknown as Parameters<typeof dropEmptyRows>[0];
  await dropEmptyRows(prev, 'sendMessage', { chat_id: 1, text: 'x', reply_markup } as never);
  return got!;
}

describe('dropEmptyRows', () => {
  it('drops the empty rows a keyboard built row by row leaves', async () => {
    const kb = new InlineKeyboard().text('A', 'a').row().row().text('B', 'b').row();
    expect((await sent(kb)).inline_keyboard).toEqual([
      [{ text: 'A', callback_data: 'a' }],
      [{ text: 'B', callback_data: 'b' }],
    ]);
  });

  it('passes a keyboard without empty rows on as it is', async () => {
    const kb = new InlineKeyboard().text('A', 'a').row().text('B', 'b');
    const rows = kb.inline_keyboard;
    expect((await sent(kb)).inline_keyboard).toBe(rows);
  });
});
