// One question of a guide: asks it, then waits until the answer can be read. Every question has
// Cancel (and Back where there is a step to go back to). Commands never reach a guide: they close it
// first (see features/guides). Buttons of other messages keep working while the guide waits.
import type { Conversation } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import { InlineKeyboard, type Context } from 'grammy';
import { decodeAction, encodeAction, isGuideAction } from '../cards/actions.ts';
import type { Lang } from '../dataset/schema.ts';
import type { BotContext, BotDeps } from './context.ts';

export type GuideContext = Context & I18nFlavor & { deps: BotDeps; lang: Lang };
export type Guide = Conversation<BotContext, GuideContext>;

/** What a question answers when the user pressed Back. */
export const BACK = Symbol('back');
export type Back = typeof BACK;

/** A text handler's answer that the text was not meant for the guide: it closes, and the text is searched. */
export const LEAVE = Symbol('leave');

export interface Question<T> {
  /** The question's code in the data of its answer buttons (see `choice`). */
  id: string;
  /** Sends the question; `nav` is the Back/Cancel row to add to its keyboard. */
  send: (ctx: GuideContext, nav: InlineKeyboard) => Promise<unknown>;
  /** Reads the value of one of its answer buttons; undefined when it is not an answer. */
  button?: (value: string, ctx: GuideContext) => T | undefined | Promise<T | undefined>;
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

/** The callback data of an answer button of question `question`. */
export function choice(question: string, value: string): string {
  return encodeAction({ type: 'answer', question, value });
}

/** Back and Cancel on a row of their own; `append` puts them under any keyboard. */
export function navRow(ctx: GuideContext, back: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (back) kb.text(ctx.t('guide-back'), encodeAction({ type: 'back' }));
  return kb.text(ctx.t('guide-cancel'), encodeAction({ type: 'cancel' }));
}

/** Asks `q` until it is answered; Back answers BACK (where the question has it), Cancel ends the guide. */
export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T> & { back: false }): Promise<T>;
export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T>): Promise<T | Back>;
export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T>): Promise<T | Back> {
  const back = q.back ?? true;
  await q.send(ctx, navRow(ctx, back));
  for (;;) {
    const c = await conversation.wait();
    if (c.callbackQuery) {
      const action = decodeAction(c.callbackQuery.data);
      // Buttons of cards and lists keep working while a guide waits; the guide stays where it was.
      if (!isGuideAction(action)) await conversation.skip({ next: true });
      await c.answerCallbackQuery();
      if (action?.type === 'cancel') {
        await c.reply(c.t('guide-cancelled'), { reply_markup: { remove_keyboard: true } });
        return conversation.halt();
      }
      if (action?.type === 'back' && back) return BACK;
      if (action?.type === 'answer' && action.question === q.id) {
        const value = await q.button?.(action.value, c);
        if (value !== undefined) return value;
      }
      continue;
    }
    const text = c.message?.text;
    if (text !== undefined && q.text) {
      const value = await q.text(text.trim(), c);
      if (value === LEAVE) {
        await c.reply(c.t('guide-left'));
        return conversation.halt({ next: true });
      }
      if (value !== undefined) return value;
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
      await q.send(c, navRow(c, back));
    }
  }
}

/** A step of `steps`: goes on (true), goes back, or is asked once more. */
export type Outcome = true | Back | 'again';

/** Runs questions in order; Back returns to the one before. Returns the answers. */
export async function steps<A>(answers: A, questions: Array<(answers: A) => Promise<Outcome>>): Promise<A> {
  let i = 0;
  while (i < questions.length) {
    const outcome = await questions[i]!(answers);
    if (outcome === 'again') continue;
    i = outcome === BACK ? Math.max(0, i - 1) : i + 1;
  }
  return answers;
}

/** A step that asks one question and keeps its answer, unless the user went back. */
export async function keep<T>(asked: Promise<T | Back>, store: (value: T) => void): Promise<true | Back> {
  const value = await asked;
  if (value === BACK) return BACK;
  store(value);
  return true;
}
