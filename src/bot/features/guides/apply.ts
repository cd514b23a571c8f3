// An application to the investment office: name, company, contact and a short description,
// prefilled with what the guide already knows, shown for confirmation or correction, then filed
// with a reference number; the staff chat gets it through the outbox (src/bot/staffOutbox.ts).
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
  const prefill = answersLine(ctx.t, ctx.lang, kind, guideAnswers);
  const intro = escapeHtml(ctx.t('apply-intro', { zone: zone ? nameOf(zone, ctx.lang) : '—' }));
  await ctx.reply(intro + (prefill ? `\n${escapeHtml(prefill)}` : ''), { parse_mode: 'HTML' });

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
      const share = new Keyboard().requestContact(ctx.t('apply-contact-share')).resized().oneTime();
      await ctx.reply(ctx.t('apply-contact'), { reply_markup: share });
      const r = await ask<Contact>(conversation, ctx, {
        id: 'ak',
        back,
        retry: 'apply-contact-retry',
        send: (c, nav) => c.reply(c.t('apply-contact-or'), { reply_markup: nav }),
        text: (t) => parseContact(t),
        // Only the user's own contact: a shared card of someone else is not who applies.
        contact: (shared) => (shared.user_id === me ? parseContact(shared.phone_number) : undefined),
      });
      const done = r === BACK ? 'apply-contact-skipped' : 'apply-contact-thanks';
      await ctx.reply(ctx.t(done), { reply_markup: { remove_keyboard: true } });
      if (r === BACK) return BACK;
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
