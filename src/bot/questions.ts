// One question of a guide: asks it, then waits until the answer can be read. Every question has
// Cancel (and Back where there is a step to go back to). Commands never reach a guide: they close it
// first (see features/guides). Buttons of other messages keep working while the guide waits.
//
// The conversations plugin saves every update a guide waited for, so a guide's saved state grows with
// each answer. Answers a question cannot read are dropped from it (`skip`), and counted in the session
// instead: after MAX_WRONG_ANSWERS the guide gives up. Back and "once more" rewind to the step's
// checkpoint: the state holds the path to the current question, however often the user went back.
import type { Checkpoint, Conversation } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import { InlineKeyboard, type Context } from 'grammy';
import { decodeAction, encodeAction, isGuideAction } from '../cards/actions.ts';
import type { Lang } from '../dataset/schema.ts';
import type { BotContext, BotDeps, SessionData } from './context.ts';

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
  /** Its buttons tick choices (answering undefined): those presses change the answers and are kept. */
  toggles?: boolean;
  /** Reads typed text; undefined when it cannot be read (the guide says `retry` and asks again). */
  text?: (text: string, ctx: GuideContext) => T | typeof LEAVE | undefined | Promise<T | typeof LEAVE | undefined>;
  /** Reads a shared contact. */
  contact?: (contact: { phone_number: string; user_id?: number }, ctx: GuideContext) => T | undefined;
  /** Reads any other message (a photo…). */
  media?: (ctx: GuideContext) => T | undefined;
  /** Locale key of the answer to something that cannot be read, with an example. */
  retry: string;
  /** Says `retry` and asks again in one message, instead of the two it takes by default. */
  again?: (ctx: GuideContext, nav: InlineKeyboard) => Promise<unknown>;
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

/** Answers in a row that a question cannot read before the guide gives up. */
export const MAX_WRONG_ANSWERS = 3;
/** Telegram cuts a text over 4,096 characters into parts sent together; a part is at least this long. */
const CUT_PART = 4000;

/**
 * Counts an answer to `question` that could not be read; the count so far. The parts behind a part of
 * a cut text (sent within 2 s of it) are the rest of the same answer: they are refused, not counted.
 */
function countWrong(session: SessionData, question: string, message: { date: number; text?: string }): number {
  const wrong = session.wrongAnswers?.question === question ? session.wrongAnswers : { question, count: 0 };
  const rest = wrong.cutAt !== undefined && message.date - wrong.cutAt <= 2;
  const next = {
    question,
    count: rest ? wrong.count : wrong.count + 1,
    // A shorter part is the last one: what comes after it is a new answer.
    ...((message.text?.length ?? 0) >= CUT_PART ? { cutAt: message.date } : {}),
  };
  session.wrongAnswers = next;
  return next.count;
}

/** Whether `date` is within 2 s of a cut text's last part refused by `question`: the rest of it. */
function isRestOfCutText(session: SessionData, question: string, date: number): boolean {
  const wrong = session.wrongAnswers;
  return wrong?.question === question && wrong.cutAt !== undefined && date - wrong.cutAt <= 2;
}

/** Asks `q` until it is answered; Back answers BACK (where the question has it), Cancel ends the guide. */
export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T> & { back: false }): Promise<T>;
export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T>): Promise<T | Back>;
export async function ask<T>(conversation: Guide, ctx: GuideContext, q: Question<T>): Promise<T | Back> {
  await q.send(ctx, navRow(ctx, q.back ?? true));
  const answer = await answerTo(conversation, q);
  // An answer, or Back, ends the run of wrong answers: the next question starts from none.
  await conversation.external(async (octx) => {
    const session = await octx.session;
    if (session.wrongAnswers) session.wrongAnswers = undefined;
  });
  return answer;
}

/** Waits until `q` is answered (or Back is pressed); what cannot be read is refused and not kept. */
async function answerTo<T>(conversation: Guide, q: Question<T>): Promise<T | Back> {
  const back = q.back ?? true;
  const asked = q.id;
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
        // A tick changes what the question holds: it is kept.
        if (q.toggles) continue;
      }
      // A button of an earlier question, or a tap twice: the guide stays where it was, keeping nothing.
      await conversation.skip();
    }
    // Anything else (an edit of an earlier message…) is not an answer, and not kept.
    const message = c.message ?? (await conversation.skip());
    const text = message.text;
    const rest =
      text !== undefined &&
      (await conversation.external(async (octx) => isRestOfCutText(await octx.session, asked, message.date)));
    if (text !== undefined && q.text && !rest) {
      const value = await q.text(text.trim(), c);
      if (value === LEAVE) {
        await c.reply(c.t('guide-left'));
        return conversation.halt({ next: true });
      }
      if (value !== undefined) return value;
    }
    const contact = message.contact;
    if (contact && q.contact) {
      const value = q.contact(contact, c);
      if (value !== undefined) return value;
    }
    if (text === undefined && q.media) {
      const value = q.media(c);
      if (value !== undefined) return value;
    }
    const wrong = await conversation.external(async (octx) => countWrong(await octx.session, asked, message));
    if (wrong >= MAX_WRONG_ANSWERS) {
      await conversation.external(async (octx) => void ((await octx.session).wrongAnswers = undefined));
      await c.reply(c.t('guide-gave-up', { count: wrong }), { reply_markup: { remove_keyboard: true } });
      return conversation.halt();
    }
    // Say what went wrong, ask again with the answer buttons, and keep nothing of it in the state.
    if (q.again) await q.again(c, navRow(c, back));
    else {
      await c.reply(c.t(q.retry, q.retryVars));
      await q.send(c, navRow(c, back));
    }
    await conversation.skip();
  }
}

/** A step of `steps`: goes on (true), goes back, or is asked once more. */
export type Outcome = true | Back | 'again';

/** The outcome of a step the user's own message already answered: it is not asked. */
export const ANSWERED: Promise<Outcome> = Promise.resolve(true);

/**
 * Runs questions in order; Back returns to the one before. Returns the answers. Each step starts at a
 * checkpoint that Back and "once more" rewind to, so what was answered after it is forgotten.
 */
export async function steps<A>(
  conversation: Guide,
  answers: A,
  questions: Array<(answers: A) => Promise<Outcome>>,
): Promise<A> {
  const starts: Checkpoint[] = [];
  for (let i = 0; i < questions.length; i++) {
    starts[i] = conversation.checkpoint();
    const outcome = await questions[i]!(answers);
    if (outcome === 'again') await conversation.rewind(starts[i]!);
    if (outcome === BACK) await conversation.rewind(starts[Math.max(0, i - 1)]!);
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
