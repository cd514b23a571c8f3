// The SME guide (/parks): what you make, how much space, where — then what the store knows about
// small industrial parks (existing and planned, with figures and sources) and an offer to apply.
import { InlineKeyboard } from 'grammy';
import { encodeAction } from '../../cards/actions.ts';
import { formatNumber } from '../../cards/format.ts';
import { escapeHtml, renderCard } from '../../cards/render.ts';
import { cachedCard } from '../../store/cards.ts';
import { saveGuideAnswers } from '../../store/guide.ts';
import { parseArea } from '../../guide/parse.ts';
import { ask, steps, type Guide, type GuideContext } from './ask.ts';

export interface ParkAnswers extends Record<string, unknown> {
  what?: string;
  m2?: number;
  where?: 'city' | 'region' | 'any';
}

export async function parks(conversation: Guide, ctx: GuideContext): Promise<void> {
  await ctx.reply(ctx.t('parks-intro'));
  const answers = await steps<ParkAnswers>(conversation, ctx, {}, [
    async (a) => {
      const r = await ask<string>(conversation, ctx, {
        back: false,
        retry: 'parks-what-retry',
        send: (c, nav) => c.reply(c.t('parks-what'), { reply_markup: nav }),
        text: (t) => (t.length >= 2 && t.length <= 300 && /\p{L}/u.test(t) ? t : undefined),
      });
      if (r === 'back' || r === 'cancel') return r;
      a.what = r;
      return true;
    },
    async (a) => {
      const r = await ask<number>(conversation, ctx, {
        retry: 'parks-area-retry',
        send: (c, nav) => c.reply(c.t('parks-area'), { reply_markup: nav }),
        // Workshops are counted in square metres: a bare number means m².
        text: (t) => {
          const land = parseArea(t, 'm2');
          const m2 = land?.kind === 'area' ? Math.round(land.hectares * 10_000) : NaN;
          return m2 >= 10 && m2 <= 100_000 ? m2 : undefined;
        },
      });
      if (r === 'back' || r === 'cancel') return r;
      a.m2 = r;
      return true;
    },
    async (a) => {
      const r = await ask<'city' | 'region' | 'any'>(conversation, ctx, {
        retry: 'parks-where-retry',
        send: (c, nav) =>
          c.reply(c.t('parks-where'), {
            reply_markup: new InlineKeyboard().text(c.t('invest-where-city'), 'v:w:city').text(c.t('invest-where-region'), 'v:w:region').row().text(c.t('invest-where-any'), 'v:w:any').append(nav),
          }),
        button: (data) => (data === 'v:w:city' ? 'city' : data === 'v:w:region' ? 'region' : data === 'v:w:any' ? 'any' : undefined),
      });
      if (r === 'back' || r === 'cancel') return r;
      a.where = r;
      return true;
    },
  ]);
  if (!answers) return;
  const card = await conversation.external((octx) => {
    if (octx.from) saveGuideAnswers(octx.deps.store.db, octx.from.id, 'park', answers);
    const c = cachedCard(octx.deps.store.db, 'almaty-small-parks', octx.deps.refs);
    return c ? renderCard(c, octx.lang, octx.t).text : undefined;
  });
  const summary = ctx.t('parks-summary', { what: answers.what ?? '', area: formatNumber(answers.m2 ?? 0, ctx.lang), where: ctx.t(`invest-where-${answers.where ?? 'any'}`) });
  await ctx.reply(escapeHtml(summary), { parse_mode: 'HTML' });
  if (answers.where === 'region') await ctx.reply(ctx.t('parks-region-note'));
  if (card) {
    await ctx.reply(card, {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text(ctx.t('parks-apply'), encodeAction({ type: 'apply', slug: 'almaty-small-parks' })).row().text(ctx.t('button-menu'), encodeAction({ type: 'menu', item: 'main' })),
    });
  }
}
