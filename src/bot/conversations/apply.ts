// An application to the investment office: name, company, contact and a short description,
// prefilled with what the guide already knows, shown for confirmation or correction, then filed
// with a reference number and posted to the staff chat.
import { InlineKeyboard, Keyboard } from 'grammy';
import { formatMoney, formatNumber } from '../../cards/format.ts';
import { escapeHtml, nameOf } from '../../cards/render.ts';
import { parseContact, type Contact } from '../../guide/parse.ts';
import type { Profile } from '../../guide/rank.ts';
import { fileApplication, setStaffMessage } from '../../store/applications.ts';
import { loadGuideProfile } from '../../store/guide.ts';
import { staffMessage } from '../features/staff.ts';
import { ask, type Guide, type GuideContext } from './ask.ts';

export const MAX_DESCRIPTION = 1000;
const FIELDS = ['name', 'company', 'contact', 'description'] as const;
type Field = (typeof FIELDS)[number];

interface Answers {
  name?: string;
  company?: string | null;
  contact?: Contact;
  description?: string;
}

export async function apply(conversation: Guide, ctx: GuideContext, zoneSlug: string | null = null, kind: 'invest' | 'park' = 'invest'): Promise<void> {
  const zone = zoneSlug ? ctx.deps.refs.get(zoneSlug) : undefined;
  const profile = (await conversation.external((octx) => (octx.from ? (loadGuideProfile(octx.deps.store.db, octx.from.id) ?? null) : null))) as Profile | null;
  const prefill = profile && kind === 'invest' ? describeProfile(ctx, profile) : '';
  await ctx.reply(escapeHtml(ctx.t('apply-intro', { zone: zone ? nameOf(zone, ctx.lang) : '—' })) + (prefill ? `\n${escapeHtml(prefill)}` : ''), { parse_mode: 'HTML' });
  const a: Answers = {};
  const questions: Record<Field, () => Promise<boolean>> = {
    name: async () => {
      const r = await ask<string>(conversation, ctx, {
        back: false,
        retry: 'apply-name-retry',
        send: (c, nav) => c.reply(c.t('apply-name'), { reply_markup: nav }),
        text: (t) => (t.length >= 2 && t.length <= 100 && /\p{L}/u.test(t) ? t : undefined),
      });
      if (r === 'cancel' || r === 'back') return false;
      a.name = r;
      return true;
    },
    company: async () => {
      const r = await ask<string>(conversation, ctx, {
        back: false,
        retry: 'apply-company-retry',
        send: (c, nav) => c.reply(c.t('apply-company'), { reply_markup: new InlineKeyboard().text(c.t('apply-company-none'), 'v:c:none').append(nav) }),
        button: (data) => (data === 'v:c:none' ? '' : undefined),
        text: (t) => (t.length >= 1 && t.length <= 150 ? t : undefined),
      });
      if (r === 'cancel' || r === 'back') return false;
      a.company = r || null;
      return true;
    },
    contact: async () => {
      const me = ctx.from?.id;
      await ctx.reply(ctx.t('apply-contact'), { reply_markup: new Keyboard().requestContact(ctx.t('apply-contact-share')).resized().oneTime() });
      const r = await ask<Contact>(conversation, ctx, {
        back: false,
        retry: 'apply-contact-retry',
        send: (c, nav) => c.reply(c.t('apply-contact-or'), { reply_markup: nav }),
        text: (t) => parseContact(t),
        // Only the user's own contact: a shared card of someone else is not who applies.
        contact: (shared) => (shared.user_id === me ? parseContact(shared.phone_number) : undefined),
      });
      await ctx.reply(ctx.t('apply-contact-thanks'), { reply_markup: { remove_keyboard: true } });
      if (r === 'cancel' || r === 'back') return false;
      a.contact = r;
      return true;
    },
    description: async () => {
      const r = await ask<string>(conversation, ctx, {
        back: false,
        retry: 'apply-description-retry',
        send: (c, nav) => c.reply(c.t('apply-description', { max: MAX_DESCRIPTION }), { reply_markup: nav }),
        text: (t) => (t.length >= 10 && t.length <= MAX_DESCRIPTION ? t : undefined),
      });
      if (r === 'cancel' || r === 'back') return false;
      a.description = r;
      return true;
    },
  };
  for (const field of FIELDS) {
    if (!(await questions[field]())) return void (await ctx.reply(ctx.t('guide-cancelled')));
  }

  for (;;) {
    const lines = [
      ctx.t('apply-review'),
      `${ctx.t('apply-field-name')}: ${a.name}`,
      `${ctx.t('apply-field-company')}: ${a.company ?? ctx.t('apply-company-none')}`,
      `${ctx.t('apply-field-contact')}: ${a.contact!.value}`,
      `${ctx.t('apply-field-description')}: ${a.description}`,
    ];
    if (zone) lines.push(`${ctx.t('apply-field-zone')}: ${nameOf(zone, ctx.lang)}`);
    if (prefill) lines.push(prefill);
    const kb = new InlineKeyboard().text(ctx.t('apply-submit'), 'v:a:submit').row();
    FIELDS.forEach((f, i) => {
      kb.text(ctx.t('apply-edit', { field: ctx.t(`apply-field-${f}`) }), `v:a:edit:${f}`);
      if (i % 2 === 1) kb.row();
    });
    const review = await ctx.reply(escapeHtml(lines.join('\n')), { parse_mode: 'HTML', reply_markup: kb.row().text(ctx.t('guide-cancel'), 'v:cancel') });
    const choice = await ask<'submit' | Field>(conversation, ctx, {
      back: false,
      retry: 'apply-review-retry',
      send: async () => undefined,
      button: (data) => (data === 'v:a:submit' ? 'submit' : FIELDS.find((f) => data === `v:a:edit:${f}`)),
    });
    if (choice === 'cancel' || choice === 'back') return void (await ctx.reply(ctx.t('guide-cancelled')));
    if (choice !== 'submit') {
      if (!(await questions[choice]())) return void (await ctx.reply(ctx.t('guide-cancelled')));
      continue;
    }
    const filed = await conversation.external((octx) =>
      fileApplication(octx.deps.store.db, {
        // One application per review message: a second tap on Submit finds the first.
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
        zoneSlug: zoneSlug,
        profile: profile ? JSON.stringify(profile) : null,
      }),
    );
    const { application } = filed;
    await ctx.reply(escapeHtml(ctx.t('apply-done', { ref: application.ref ?? '' })), { parse_mode: 'HTML' });
    const staffChat = ctx.deps.staffChatId;
    if (staffChat !== undefined && filed.created) {
      const message = await conversation.external((octx) => staffMessage(octx.deps, application));
      const posted = await ctx.api.sendMessage(staffChat, message.text, { parse_mode: 'HTML', reply_markup: message.reply_markup });
      await conversation.external((octx) => setStaffMessage(octx.deps.store.db, application.id, posted.message_id));
    }
    return;
  }
}

function describeProfile(ctx: GuideContext, p: Profile): string {
  const land = p.land.kind === 'none' ? ctx.t('invest-land-none') : `${formatNumber(p.land.hectares, ctx.lang, 4)} ${ctx.t('unit-ha')}`;
  const money = p.investment ? formatMoney(p.investment.amount, p.investment.currency, ctx.lang, ctx.t) : '—';
  return ctx.t('apply-prefill', { sector: ctx.t(`guide-sector-${p.sector}`), land, money });
}
