// One question of a guide: asks it, then waits until the answer can be read. Every question has
// Cancel (and Back where there is a step to go back to). Commands never reach a guide: they close it
// first (see features/guides.ts). Buttons of other messages keep working while the guide waits.
import type { Conversation } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import { InlineKeyboard, type Context } from 'grammy';
import type { Lang } from '../../dataset/schema.ts';
import type { BotContext, BotDeps } from '../context.ts';

export type GuideContext = Context & I18nFlavor & { deps: BotDeps; lang: Lang };
export type Guide = Conversation<BotContext, GuideContext>;

export const BACK = 'v:back';
export const CANCEL = 'v:cancel';
export type Flow = 'back' | 'cancel';

/** A text handler's answer that the text was not meant for the guide: it closes, and the text is searched. */
export const LEAVE = Symbol('leave');

export interface Question<T> {
  /** Sends the question; `nav` is the Back/Cancel row to add to its keyboard. */
  send: (ctx: GuideContext, nav: InlineKeyboard) => Promise<unknown>;
  /** Reads a guide button's data ("v:…"); undefined when it is not an answer to this question. */
  button?: (data: string, ctx: GuideContext) => T | undefined | Promise<T | undefined>;
  /** Reads typed text; undefined when it cannot be read (the guide says `retry` and asks again). */
  text?: (text: string, ctx: GuideContext) => T | typeof LEAVE | undefined | Promise<T | typeof LEAVE | undefined>;
  /** Reads a shared contact. */
  contact?: (contact: { phone_number: string; user_id?: number }, ctx: GuideContext) => T | undefined;
  /** Reads any other message (a photo…). */
  media?: (ctx: GuideContext) => T | undefined;
  /** Locale key of the answer to something that cannot be read, with an example. */
  retry: string;
  retryVars?: Record<string, string | number>;
  back?: boolean;
}

/** Back and Cancel on a row of their own; `append` puts them under any keyboard. */
export function navRow(ctx: GuideContext, back: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (back) kb.text(ctx.t('guide-back'), BACK);
  return kb.text(ctx.t('guide-cancel'), CANCEL);
}

export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T>): Promise<T | Flow> {
  await q.send(ctx, navRow(ctx, q.back ?? true));
  for (;;) {
    const c = await conversation.wait();
    const data = c.callbackQuery?.data;
    if (data !== undefined) {
      // Buttons of cards and lists keep working while a guide waits; the guide stays where it was.
      if (!data.startsWith('v:')) await conversation.skip({ next: true });
      await c.answerCallbackQuery();
      if (data === CANCEL) return 'cancel';
      if (data === BACK && (q.back ?? true)) return 'back';
      const value = await q.button?.(data, c);
      if (value !== undefined) return value;
      continue;
    }
    const text = c.message?.text;
    if (text !== undefined && q.text) {
      const value = await q.text(text.trim(), c);
      if (value === LEAVE) {
        await c.reply(c.t('guide-left'));
        await conversation.halt({ next: true });
      }
      if (value !== undefined && value !== LEAVE) return value;
    }
    const contact = c.message?.contact;
    if (contact && q.contact) {
      const value = q.contact(contact, c);
      if (value !== undefined) return value;
    }
    if (c.message && text === undefined && q.media) {
      const value = q.media(c);
      if (value !== undefined) return value;
    }
    if (c.message) {
      // Say what went wrong, then ask again with the answer buttons.
      await c.reply(c.t(q.retry, q.retryVars));
      await q.send(c, navRow(c, q.back ?? true));
    }
  }
}

/**
 * Runs questions in order with Back and Cancel; returns the answers, or undefined when cancelled.
 * A question answers true to go on, 'back', 'cancel', or 'again' to be asked once more.
 */
export async function steps<A extends Record<string, unknown>>(
  conversation: Guide,
  ctx: GuideContext,
  answers: A,
  questions: Array<(answers: A) => Promise<boolean | Flow | 'again'>>,
): Promise<A | undefined> {
  let i = 0;
  while (i < questions.length) {
    const outcome = await questions[i]!(answers);
    if (outcome === 'cancel') {
      await ctx.reply(ctx.t('guide-cancelled'));
      return undefined;
    }
    if (outcome === 'again') continue;
    i = outcome === 'back' ? Math.max(0, i - 1) : i + 1;
  }
  return answers;
}
