// The SME guide (/parks): what you make, how much space, where — then what the store knows about
// small industrial parks (existing and planned, with figures and sources) and an offer to apply.
import { InlineKeyboard } from 'grammy';
import { encodeAction } from '../../../cards/actions.ts';
import { formatNumber } from '../../../cards/format.ts';
import { contactsOf } from '../../../cards/contacts.ts';
import { escapeHtml, renderCard } from '../../../cards/render.ts';
import type { ParkAnswers } from '../../../guide/answers.ts';
import { parseArea } from '../../../guide/parse.ts';
import type { Need } from '../../../understand/need.ts';
import { ANSWERED, ask, keep, steps, type Guide, type GuideContext } from '../../questions.ts';
import { placeKeyboard, placeOf, WHERE } from './places.ts';

const PARKS = 'almaty-small-parks';

/** Starts the guide with what a need typed as a message already said; asks only the rest. */
export async function parks(conversation: Guide, ctx: GuideContext, known: Need | null = null): Promise<void> {
  await ctx.reply(ctx.t('parks-intro'));
  const m2 = known?.land?.kind === 'area' ? Math.round(known.land.hectares * 10_000) : undefined;
  const prefill: ParkAnswers = {
    ...(m2 !== undefined && m2 >= 10 && m2 <= 100_000 ? { m2 } : {}),
    ...(known?.where ? { where: known.where.kind === 'city' ? 'city' : 'region' } : {}),
  };
  const understood = [
    prefill.m2 !== undefined && `${formatNumber(prefill.m2, ctx.lang)} ${ctx.t('unit-m2')}`,
    prefill.where && ctx.t(`invest-where-${prefill.where}`),
  ].filter((x): x is string => typeof x === 'string');
  if (understood.length > 0) await ctx.reply(ctx.t('guide-understood', { what: understood.join('; ') }));
  const answers = await steps<ParkAnswers>(conversation, prefill, [
    (a) =>
      keep(
        ask<string>(conversation, ctx, {
          id: 'pw',
          back: false,
          retry: 'parks-what-retry',
          send: (c, nav) => c.reply(c.t('parks-what'), { reply_markup: nav }),
          text: (t) => (t.length >= 2 && t.length <= 300 && /\p{L}/u.test(t) ? t : undefined),
        }),
        (what) => (a.what = what),
      ),
    (a) =>
      a.m2 !== undefined
        ? ANSWERED
        : keep(
            ask<number>(conversation, ctx, {
              id: 'pa',
              retry: 'parks-area-retry',
              send: (c, nav) => c.reply(c.t('parks-area'), { reply_markup: nav }),
              // Workshops are counted in square metres: a bare number means m².
              text: (t) => {
                const land = parseArea(t, 'm2');
                const m2 = land?.kind === 'area' ? Math.round(land.hectares * 10_000) : NaN;
                return m2 >= 10 && m2 <= 100_000 ? m2 : undefined;
              },
            }),
            (m2) => (a.m2 = m2),
          ),
    (a) =>
      a.where !== undefined
        ? ANSWERED
        : keep(
            ask(conversation, ctx, {
              id: WHERE,
              retry: 'parks-where-retry',
              send: (c, nav) => c.reply(c.t('parks-where'), { reply_markup: placeKeyboard(c, false).append(nav) }),
              button: placeOf,
            }),
            (where) => (a.where = where),
          ),
  ]);
  const today = new Date(await conversation.now()).toISOString().slice(0, 10);
  const card = await conversation.external((octx) => {
    if (octx.from) octx.deps.repos.guides.saveAnswers(octx.from.id, 'park', answers);
    const c = octx.deps.repos.cards.card(PARKS, octx.deps.refs);
    return c && renderCard(c, octx.lang, octx.t, { today, contacts: contactsOf(c, octx.deps.contacts) }).text;
  });
  const area = formatNumber(answers.m2 ?? 0, ctx.lang);
  const where = ctx.t(`invest-where-${answers.where ?? 'any'}`);
  await ctx.reply(escapeHtml(ctx.t('parks-summary', { what: answers.what ?? '', area, where })), {
    parse_mode: 'HTML',
  });
  if (answers.where === 'region') await ctx.reply(ctx.t('parks-region-note'));
  if (card) {
    await ctx.reply(card, {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard()
        .text(ctx.t('parks-apply'), encodeAction({ type: 'apply', slug: PARKS }))
        .row()
        .text(ctx.t('button-menu'), encodeAction({ type: 'menu', item: 'main' })),
    });
  }
}
