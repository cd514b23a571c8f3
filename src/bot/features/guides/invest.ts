// The investor guide (/invest): what, where, how much land and money, what matters — then every
// zone that fits, ranked with reasons and gaps, a page at a time (see shortlist.ts).
import { InlineKeyboard } from 'grammy';
import { formatMoney, formatNumber } from '../../../cards/format.ts';
import { nameOf } from '../../../cards/render.ts';
import { projectSentence, wherePhrase } from '../../../guide/answers.ts';
import { parseArea, parseMoney, type Land, type Money } from '../../../guide/parse.ts';
import { sectorFromText } from '../../../guide/sectors.ts';
import {
  GUIDE_SECTORS,
  PRIORITIES,
  type GuideSector,
  type Priority,
  type Profile,
  type Where,
} from '../../../guide/rank.ts';
import { whereOf } from '../../../guide/where.ts';
import { search } from '../../../search/engine.ts';
import {
  ANSWERED,
  ask,
  BACK,
  choice,
  keep,
  LEAVE,
  navRow,
  steps,
  type Guide,
  type GuideContext,
} from '../../questions.ts';
import type { Need } from '../../../understand/need.ts';
import { keyboard } from '../../reply.ts';
import { PICK_DISTRICT, placeKeyboard, placeOf, WHERE } from './places.ts';
import { rankFor, renderShortlist } from './shortlist.ts';

/** Bump when the guide's steps change: conversations saved by the old code are restarted politely. */
export const GUIDE_VERSION = 'guides-3';

/** A search result this sure means the text named something in the store, not a trade. */
const SURE_HIT = 0.85;

type Answers = { sector?: GuideSector; where?: Where; land?: Land; investment?: Money | null; priorities: Priority[] };

/** Starts the guide with what a need typed as a message already said; asks only the rest. */
export async function invest(conversation: Guide, ctx: GuideContext, known: Need | null = null): Promise<void> {
  const districts = [...ctx.deps.refs.values()]
    .filter((r) => r.kind === 'district' && r.subkind === 'district')
    .map((r) => ({ slug: r.slug, name: r.name }));
  await ctx.reply(ctx.t('invest-intro'));
  const prefill: Answers = {
    priorities: [],
    ...(known?.sector ? { sector: known.sector } : {}),
    ...(known?.where ? { where: known.where } : {}),
    ...(known?.land ? { land: known.land } : {}),
    ...(known?.investment ? { investment: known.investment } : {}),
  };
  const understood = [
    prefill.sector && ctx.t(`guide-echo-sector-${prefill.sector}`),
    prefill.where && whereLabel(ctx, prefill.where),
    prefill.land?.kind === 'area' && `${formatNumber(prefill.land.hectares, ctx.lang, 4)} ${ctx.t('unit-ha')}`,
    prefill.investment && formatMoney(prefill.investment.amount, prefill.investment.currency, ctx.lang, ctx.t),
  ].filter((x): x is string => typeof x === 'string');
  if (understood.length > 0) await ctx.reply(ctx.t('guide-understood', { what: understood.join(', ') }));
  const done = await steps<Answers>(conversation, prefill, [
    (a) =>
      a.sector !== undefined
        ? ANSWERED
        : keep(
            ask<GuideSector>(conversation, ctx, {
              id: 's',
              back: false,
              retry: 'invest-sector-retry',
              send: (c, nav) => {
                const kb = new InlineKeyboard();
                GUIDE_SECTORS.forEach((s, i) => {
                  kb.text(c.t(`guide-sector-${s}`), choice('s', s));
                  if (i % 2 === 1) kb.row();
                });
                return c.reply(c.t('invest-sector'), { reply_markup: kb.append(nav) });
              },
              button: (value) => GUIDE_SECTORS.find((s) => s === value),
              // A trade named in words; a zone or company name is a search and leaves the guide; any
              // other description is a project of another kind.
              text: async (text) => {
                // Punctuation or emoji alone describes no project: asked again.
                if (!/\p{L}/u.test(text)) return undefined;
                const sector = sectorFromText(text);
                if (sector) return sector;
                const hits = await conversation.external((octx) => search(octx.deps.index, text, { limit: 1 }));
                return (hits[0]?.score ?? 0) >= SURE_HIT ? LEAVE : 'other';
              },
            }),
            (sector) => (a.sector = sector),
          ),
    async (a) => {
      if (a.where) return ANSWERED;
      const r = await ask<Where | 'pick'>(conversation, ctx, {
        id: WHERE,
        retry: 'invest-where-retry',
        send: (c, nav) => c.reply(c.t('invest-where'), { reply_markup: placeKeyboard(c, true).append(nav) }),
        button: (value) => (value === PICK_DISTRICT ? 'pick' : placeWhere(value)),
        // A typed place: a district or town, the city, near it, the region, or anywhere.
        text: (text) => conversation.external((octx) => whereOf(octx.deps.index, text)),
      });
      if (r === BACK) return BACK;
      if (r !== 'pick') {
        a.where = r;
        return true;
      }
      const d = await ask<Where>(conversation, ctx, {
        id: 'd',
        retry: 'invest-where-retry',
        send: (c, nav) => {
          const kb = new InlineKeyboard();
          districts.forEach((dist, i) => {
            kb.text(nameOf(dist, c.lang), choice('d', dist.slug));
            if (i % 2 === 1) kb.row();
          });
          return c.reply(c.t('invest-where-pick'), { reply_markup: kb.append(nav) });
        },
        button: (slug) => (districts.some((x) => x.slug === slug) ? { kind: 'district', slug } : undefined),
      });
      // Back from the list of districts is back to "Where?", which this step asks again.
      if (d === BACK) return 'again';
      a.where = d;
      return true;
    },
    (a) =>
      a.land !== undefined
        ? ANSWERED
        : keep(
            ask<Land>(conversation, ctx, {
              id: 'l',
              retry: 'invest-land-retry',
              send: (c, nav) =>
                c.reply(c.t('invest-land'), {
                  reply_markup: new InlineKeyboard().text(c.t('invest-land-none'), choice('l', 'none')).append(nav),
                }),
              button: (value) => (value === 'none' ? { kind: 'none' } : undefined),
              text: (text) => parseArea(text),
            }),
            (land) => (a.land = land),
          ),
    async (a) => {
      if (a.investment !== undefined) return ANSWERED;
      const r = await ask<Money | 'skip'>(conversation, ctx, {
        id: 'm',
        retry: 'invest-money-retry',
        send: (c, nav) =>
          c.reply(c.t('invest-money'), {
            reply_markup: new InlineKeyboard().text(c.t('invest-money-skip'), choice('m', 'skip')).append(nav),
          }),
        button: (value) => (value === 'skip' ? 'skip' : undefined),
        text: (text) => parseMoney(text),
      });
      if (r === BACK) return BACK;
      if (r === 'skip') {
        a.investment = null;
        return true;
      }
      const amount = formatMoney(r.amount, r.currency, ctx.lang, ctx.t);
      const ok = await ask<boolean>(conversation, ctx, {
        id: 'mc',
        retry: 'invest-money-confirm-retry',
        send: (c, nav) =>
          c.reply(c.t('invest-money-confirm', { amount }), {
            reply_markup: new InlineKeyboard()
              .text(c.t('guide-yes'), choice('mc', 'yes'))
              .text(c.t('invest-money-again'), choice('mc', 'again'))
              .append(nav),
          }),
        button: (value) => (value === 'yes' ? true : value === 'again' ? false : undefined),
      });
      // "Enter again" (and Back) asks for the sum once more.
      if (ok !== true) return 'again';
      a.investment = r;
      return true;
    },
    async (a) => {
      const chosen = new Set<Priority>(a.priorities);
      const keyboard = (c: GuideContext) => {
        const kb = new InlineKeyboard();
        for (const p of PRIORITIES)
          kb.text(`${chosen.has(p) ? '✅' : '◻️'} ${c.t(`invest-priority-${p}`)}`, choice('p', p)).row();
        return kb.text(c.t('invest-priorities-done'), choice('p', 'done')).row();
      };
      const r = await ask<'done'>(conversation, ctx, {
        id: 'p',
        retry: 'invest-priorities-retry',
        toggles: true,
        send: (c, nav) => c.reply(c.t('invest-priorities'), { reply_markup: keyboard(c).append(nav) }),
        button: async (value, c) => {
          if (value === 'done') return 'done';
          const p = PRIORITIES.find((x) => x === value);
          if (!p) return undefined;
          // A tick changes the buttons of the same message.
          if (chosen.has(p)) chosen.delete(p);
          else chosen.add(p);
          a.priorities = PRIORITIES.filter((x) => chosen.has(x));
          await c.editMessageReplyMarkup({ reply_markup: keyboard(c).append(navRow(c, true)) });
          return undefined;
        },
      });
      return r === BACK ? BACK : true;
    },
  ]);
  const profile: Profile = {
    sector: done.sector!,
    where: done.where!,
    land: done.land!,
    priorities: done.priorities,
    ...(done.investment ? { investment: done.investment } : {}),
  };
  await ctx.reply(projectSentence(ctx.t, ctx.lang, profile, (slug) => placeLabel(ctx, slug)));
  const today = new Date(await conversation.now()).toISOString().slice(0, 10);
  const ranked = await conversation.external((octx) => {
    if (octx.from) octx.deps.repos.guides.saveAnswers(octx.from.id, 'invest', profile);
    return rankFor(octx.deps, profile, today, octx.lang);
  });
  if (ranked.length === 0) return void (await ctx.reply(ctx.t('invest-no-results')));
  const page = renderShortlist(ctx, profile, ranked, 1);
  await ctx.reply(page.text, {
    parse_mode: 'HTML',
    reply_markup: keyboard(page.buttons),
    link_preview_options: { is_disabled: true },
  });
}

function placeWhere(value: string): Where | undefined {
  const place = placeOf(value);
  return place && { kind: place };
}

function placeLabel(ctx: GuideContext, slug: string): string {
  const ref = ctx.deps.refs.get(slug);
  return ref ? nameOf(ref, ctx.lang) : '';
}

/** A place as the guide names it: the district's name, or "Almaty", "the region", "anywhere". */
function whereLabel(ctx: GuideContext, where: Where): string {
  return wherePhrase(ctx.t, where, (slug) => placeLabel(ctx, slug));
}
