// An application to the investment office: consent first (who will see what, and why), then name,
// company, contact and a short description, prefilled with what the guide already knows, shown for
// confirmation or correction, then filed with a reference number; the staff chat gets it through
// the outbox (src/bot/staffOutbox.ts). Nothing is stored before the applicant presses Submit.
import { InlineKeyboard, Keyboard } from 'grammy';
import { applicationLines } from '../../../cards/application.ts';
import { escapeHtml, nameOf } from '../../../cards/render.ts';
import { answersLine } from '../../../guide/answers.ts';
import { parseContact, type Contact } from '../../../guide/parse.ts';
import { ask, BACK, choice, keep, navRow, steps, type Back, type Guide, type GuideContext } from '../../questions.ts';

export const MAX_DESCRIPTION = 1000;
const FIELDS = ['name', 'company', 'contact', 'description'] as const;
type Field = (typeof FIELDS)[number];

interface Answers {
  name?: string;
  company?: string | null;
  contact?: Contact;
  description?: string;
}

export async function apply(
  conversation: Guide,
  ctx: GuideContext,
  zoneSlug: string | null = null,
  kind: 'invest' | 'park' = 'invest',
): Promise<void> {
  const zone = zoneSlug ? ctx.deps.refs.get(zoneSlug) : undefined;
  const guideAnswers = await conversation.external((octx) =>
    octx.from ? (octx.deps.repos.guides.loadAnswers(octx.from.id, kind) ?? null) : null,
  );
  const prefill = answersLine(ctx.t, ctx.lang, kind, guideAnswers, (slug) => {
    const place = ctx.deps.refs.get(slug);
    return place ? nameOf(place, ctx.lang) : slug;
  });
  const intro = escapeHtml(zone ? ctx.t('apply-intro-zone', { zone: nameOf(zone, ctx.lang) }) : ctx.t('apply-intro'));
  await ctx.reply(intro + (prefill ? `\n${escapeHtml(prefill)}` : ''), { parse_mode: 'HTML' });

  // Consent before any personal detail is asked: refused, the guide ends and nothing is kept.
  const consent = await ask<boolean>(conversation, ctx, {
    id: 'ay',
    back: false,
    retry: 'apply-consent-retry',
    // "Don't agree" is the way out here: no Cancel beside it.
    send: (c) =>
      c.reply(c.t('apply-consent'), {
        reply_markup: new InlineKeyboard()
          .text(c.t('apply-consent-yes'), choice('ay', 'yes'))
          .text(c.t('apply-consent-no'), choice('ay', 'no')),
      }),
    button: (value) => (value === 'yes' ? true : value === 'no' ? false : undefined),
  });
  if (!consent) return void (await ctx.reply(ctx.t('apply-consent-refused')));

  const me = ctx.from?.id;
  const questions: Record<Field, (a: Answers, back: boolean) => Promise<true | Back>> = {
    name: (a, back) =>
      keep(
        ask<string>(conversation, ctx, {
          id: 'an',
          back,
          retry: 'apply-name-retry',
          send: (c, nav) => c.reply(c.t('apply-name'), { reply_markup: nav }),
          text: (t) => (t.length >= 2 && t.length <= 100 && /\p{L}/u.test(t) ? t : undefined),
        }),
        (name) => (a.name = name),
      ),
    company: (a, back) =>
      keep(
        ask<string>(conversation, ctx, {
          id: 'ac',
          back,
          retry: 'apply-company-retry',
          send: (c, nav) =>
            c.reply(c.t('apply-company'), {
              reply_markup: new InlineKeyboard()
                .text(c.t('apply-company-none'), choice('ac', 'none'))
                .row()
                .append(nav),
            }),
          button: (value) => (value === 'none' ? '' : undefined),
          text: (t) => (t.length >= 1 && t.length <= 150 && /[\p{L}\p{N}]/u.test(t) ? t : undefined),
        }),
        (company) => (a.company = company || null),
      ),
    contact: async (a, back) => {
      // One message: the question and its keyboard under the input field, where Back and Cancel are
      // keys too (a message has one keyboard, and the contact button needs this kind).
      const keys = (c: GuideContext) => {
        const kb = new Keyboard().requestContact(c.t('apply-contact-share')).row();
        if (back) kb.text(c.t('guide-back'));
        return kb.text(c.t('guide-cancel')).resized().oneTime();
      };
      const r = await ask<Contact | 'back' | 'cancel'>(conversation, ctx, {
        id: 'ak',
        back,
        retry: 'apply-contact-retry',
        send: (c) => c.reply(c.t('apply-contact'), { reply_markup: keys(c) }),
        // Said instead of asking again: someone else's contact, or text that is no phone or e-mail.
        again: (c) =>
          c.reply(c.t(c.message?.contact ? 'apply-contact-not-yours' : 'apply-contact-retry'), {
            reply_markup: keys(c),
          }),
        text: (t, c) =>
          t === c.t('guide-back') && back ? 'back' : t === c.t('guide-cancel') ? 'cancel' : parseContact(t),
        // Only the user's own contact: a shared card of someone else is not who applies.
        contact: (shared) => (shared.user_id === me ? parseContact(shared.phone_number) : undefined),
      });
      if (r === 'cancel') {
        await ctx.reply(ctx.t('guide-cancelled'), { reply_markup: { remove_keyboard: true } });
        return conversation.halt();
      }
      const went = r === BACK || r === 'back';
      await ctx.reply(ctx.t(went ? 'apply-contact-skipped' : 'apply-contact-thanks'), {
        reply_markup: { remove_keyboard: true },
      });
      if (went) return BACK;
      a.contact = r;
      return true;
    },
    description: (a, back) =>
      keep(
        ask<string>(conversation, ctx, {
          id: 'ad',
          back,
          retry: 'apply-description-retry',
          retryVars: { max: MAX_DESCRIPTION },
          send: (c, nav) => c.reply(c.t('apply-description', { max: MAX_DESCRIPTION }), { reply_markup: nav }),
          text: (t) => (t.length >= 10 && t.length <= MAX_DESCRIPTION ? t : undefined),
        }),
        (description) => (a.description = description),
      ),
  };
  const a = await steps<Answers>(
    conversation,
    {},
    FIELDS.map((f, i) => (answers) => questions[f](answers, i > 0)),
  );

  for (;;) {
    const fields = {
      name: a.name!,
      company: a.company ?? null,
      contact: a.contact!.value,
      description: a.description!,
      zone: zone && nameOf(zone, ctx.lang),
      answers: prefill,
    };
    const kb = new InlineKeyboard().text(ctx.t('apply-submit'), choice('ar', 'submit')).row();
    FIELDS.forEach((f, i) => {
      kb.text(ctx.t('apply-edit', { field: ctx.t(`apply-field-${f}`) }), choice('ar', f));
      if (i % 2 === 1) kb.row();
    });
    const text = escapeHtml([ctx.t('apply-review'), ...applicationLines(ctx.t, fields)].join('\n'));
    const review = await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kb.row().append(navRow(ctx, false)) });
    const picked = await ask<'submit' | Field>(conversation, ctx, {
      id: 'ar',
      back: false,
      retry: 'apply-review-retry',
      send: async () => undefined,
      button: (value) => (value === 'submit' ? 'submit' : FIELDS.find((f) => f === value)),
    });
    if (picked !== 'submit') {
      // Back from a correction returns to the review, keeping the old answer.
      await questions[picked](a, true);
      continue;
    }
    const application = await conversation.external((octx) => {
      const { application } = octx.deps.repos.applications.file({
        // One application per review message, should this step ever run twice (a crash right after it).
        submissionKey: `${review.chat.id}:${review.message_id}`,
        userId: octx.from!.id,
        chatId: review.chat.id,
        language: octx.lang,
        kind,
        name: fields.name,
        company: fields.company,
        contact: fields.contact,
        contactKind: a.contact!.kind,
        description: fields.description,
        zoneSlug,
        profile: guideAnswers === null ? null : JSON.stringify(guideAnswers),
      });
      // Filed with its row in the staff chat's outbox, which posts it from there.
      octx.deps.staffPosts.wake();
      return application;
    });
    // Saved, not yet posted: the user is told no more than that.
    await ctx.reply(ctx.t('apply-done', { ref: application.ref ?? '' }));
    return;
  }
}
