// An application to the investment office: name, company, contact and a short description,
// prefilled with what the guide already knows, shown for confirmation or correction, then filed
// with a reference number and posted to the staff chat.
import { InlineKeyboard, Keyboard } from 'grammy';
import { escapeHtml, nameOf } from '../../cards/render.ts';
import { parseContact, type Contact } from '../../guide/parse.ts';
import { fileApplication, setStaffMessage } from '../../store/applications.ts';
import { loadGuideAnswers } from '../../store/guide.ts';
import { staffMessage } from '../features/staff.ts';
import { answersLine } from './answers.ts';
import { ask, steps, type Flow, type Guide, type GuideContext } from './ask.ts';

export const MAX_DESCRIPTION = 1000;
const FIELDS = ['name', 'company', 'contact', 'description'] as const;
type Field = (typeof FIELDS)[number];

interface Answers extends Record<string, unknown> {
  name?: string;
  company?: string | null;
  contact?: Contact;
  description?: string;
}

export async function apply(conversation: Guide, ctx: GuideContext, zoneSlug: string | null = null, kind: 'invest' | 'park' = 'invest'): Promise<void> {
  const zone = zoneSlug ? ctx.deps.refs.get(zoneSlug) : undefined;
  const guideAnswers = await conversation.external((octx) => (octx.from ? (loadGuideAnswers(octx.deps.store.db, octx.from.id, kind) ?? null) : null));
  const prefill = answersLine(ctx.t, ctx.lang, kind, guideAnswers);
  await ctx.reply(escapeHtml(ctx.t('apply-intro', { zone: zone ? nameOf(zone, ctx.lang) : '—' })) + (prefill ? `\n${escapeHtml(prefill)}` : ''), { parse_mode: 'HTML' });

  const me = ctx.from?.id;
  // Telegram cuts a text over 4,096 characters into parts sent together: when one part was too
  // long, the parts right behind it are the rest of the same text, not a new answer.
  let tooLongAt = -1;
  const questions: Record<Field, (a: Answers, back: boolean) => Promise<boolean | Flow>> = {
    name: async (a, back) => {
      const r = await ask<string>(conversation, ctx, {
        back,
        retry: 'apply-name-retry',
        send: (c, nav) => c.reply(c.t('apply-name'), { reply_markup: nav }),
        text: (t) => (t.length >= 2 && t.length <= 100 && /\p{L}/u.test(t) ? t : undefined),
      });
      if (r === 'cancel' || r === 'back') return r;
      a.name = r;
      return true;
    },
    company: async (a, back) => {
      const r = await ask<string>(conversation, ctx, {
        back,
        retry: 'apply-company-retry',
        send: (c, nav) => c.reply(c.t('apply-company'), { reply_markup: new InlineKeyboard().text(c.t('apply-company-none'), 'v:c:none').row().append(nav) }),
        button: (data) => (data === 'v:c:none' ? '' : undefined),
        text: (t) => (t.length >= 1 && t.length <= 150 && /[\p{L}\p{N}]/u.test(t) ? t : undefined),
      });
      if (r === 'cancel' || r === 'back') return r;
      a.company = r || null;
      return true;
    },
    contact: async (a, back) => {
      await ctx.reply(ctx.t('apply-contact'), { reply_markup: new Keyboard().requestContact(ctx.t('apply-contact-share')).resized().oneTime() });
      const r = await ask<Contact>(conversation, ctx, {
        back,
        retry: 'apply-contact-retry',
        send: (c, nav) => c.reply(c.t('apply-contact-or'), { reply_markup: nav }),
        text: (t) => parseContact(t),
        // Only the user's own contact: a shared card of someone else is not who applies.
        contact: (shared) => (shared.user_id === me ? parseContact(shared.phone_number) : undefined),
      });
      if (r === 'cancel' || r === 'back') {
        await ctx.reply(ctx.t('apply-contact-skipped'), { reply_markup: { remove_keyboard: true } });
        return r;
      }
      await ctx.reply(ctx.t('apply-contact-thanks'), { reply_markup: { remove_keyboard: true } });
      a.contact = r;
      return true;
    },
    description: async (a, back) => {
      const r = await ask<string>(conversation, ctx, {
        back,
        retry: 'apply-description-retry',
        retryVars: { max: MAX_DESCRIPTION },
        send: (c, nav) => c.reply(c.t('apply-description', { max: MAX_DESCRIPTION }), { reply_markup: nav }),
        text: (t, c) => {
          const at = c.message?.date ?? 0;
          if (t.length > MAX_DESCRIPTION) tooLongAt = at;
          else if (tooLongAt >= 0 && at - tooLongAt <= 2) {
            // The last part of the long text; what comes after it is a new answer.
            tooLongAt = -1;
            return undefined;
          }
          return t.length >= 10 && t.length <= MAX_DESCRIPTION ? t : undefined;
        },
      });
      if (r === 'cancel' || r === 'back') return r;
      a.description = r;
      return true;
    },
  };
  const a = await steps<Answers>(conversation, ctx, {}, FIELDS.map((f, i) => (answers: Answers) => questions[f](answers, i > 0)));
  if (!a) return;

  for (;;) {
    const lines = [
      `${ctx.t('apply-field-name')}: ${a.name}`,
      `${ctx.t('apply-field-company')}: ${a.company ?? ctx.t('apply-company-none')}`,
      `${ctx.t('apply-field-contact')}: ${a.contact!.value}`,
      `${ctx.t('apply-field-description')}: ${a.description}`,
      ...(zone ? [`${ctx.t('apply-field-zone')}: ${nameOf(zone, ctx.lang)}`] : []),
      ...(prefill ? [prefill] : []),
    ];
    const kb = new InlineKeyboard().text(ctx.t('apply-submit'), 'v:a:submit').row();
    FIELDS.forEach((f, i) => {
      kb.text(ctx.t('apply-edit', { field: ctx.t(`apply-field-${f}`) }), `v:a:edit:${f}`);
      if (i % 2 === 1) kb.row();
    });
    const review = await ctx.reply(escapeHtml([ctx.t('apply-review'), ...lines].join('\n')), { parse_mode: 'HTML', reply_markup: kb.row().text(ctx.t('guide-cancel'), 'v:cancel') });
    const choice = await ask<'submit' | Field>(conversation, ctx, {
      back: false,
      retry: 'apply-review-retry',
      send: async () => undefined,
      button: (data) => (data === 'v:a:submit' ? 'submit' : FIELDS.find((f) => data === `v:a:edit:${f}`)),
    });
    if (choice === 'cancel' || choice === 'back') return void (await ctx.reply(ctx.t('guide-cancelled')));
    if (choice !== 'submit') {
      // Back from a correction returns to the review, keeping the old answer.
      if ((await questions[choice](a, true)) === 'cancel') return void (await ctx.reply(ctx.t('guide-cancelled')));
      continue;
    }
    const filed = await conversation.external((octx) =>
      fileApplication(octx.deps.store.db, {
        // One application per review message, should this step ever run twice (a crash right after it).
        submissionKey: `${review.chat.id}:${review.message_id}`,
        userId: octx.from!.id,
        chatId: review.chat.id,
        language: octx.lang,
        kind,
        name: a.name!,
        company: a.company ?? null,
        contact: a.contact!.value,
        contactKind: a.contact!.kind,
        description: a.description!,
        zoneSlug,
        profile: guideAnswers === null ? null : JSON.stringify(guideAnswers),
      }),
    );
    const { application } = filed;
    await ctx.reply(ctx.t('apply-done', { ref: application.ref ?? '' }));
    const staffChat = ctx.deps.staffChatId;
    if (staffChat !== undefined && application.staffMessageId === null) {
      const message = await conversation.external((octx) => staffMessage(octx.deps, application));
      try {
        const posted = await ctx.api.sendMessage(staffChat, message.text, { parse_mode: 'HTML', reply_markup: message.reply_markup });
        await conversation.external((octx) => setStaffMessage(octx.deps.store.db, application.id, posted.message_id));
      } catch (err) {
        // The application is filed either way; staff find it in the store (its post is missing).
        await conversation.external((octx) => octx.deps.logger.error({ err, application: application.id }, 'could not post the application to the staff chat'));
      }
    }
    return;
  }
}
