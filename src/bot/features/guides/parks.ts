// The SME guide (/parks): what you make, how much space, where — then a short answer from what the
// store knows of small industrial parks: what fits, what nobody knows yet, whom to ask; the parks'
// card and an application a tap away.
import { InlineKeyboard } from 'grammy';
import { encodeAction } from '../../../cards/actions.ts';
import { currentFact } from '../../../cards/facts.ts';
import { formatNumber } from '../../../cards/format.ts';
import { escapeHtml } from '../../../cards/render.ts';
import type { CardFact } from '../../../cards/types.ts';
import type { ParkAnswers } from '../../../guide/answers.ts';
import { parkAdvice, type Dated, type ParkFigures } from '../../../guide/parks.ts';
import { parseArea } from '../../../guide/parse.ts';
import type { Where } from '../../../guide/rank.ts';
import { whereOf } from '../../../guide/where.ts';
import type { Need } from '../../../understand/need.ts';
import type { BotDeps } from '../../context.ts';
import { ANSWERED, ask, keep, steps, type Guide, type GuideContext } from '../../questions.ts';
import { placeKeyboard, placeOf, WHERE } from './places.ts';
import { say } from './reasons.ts';

const PARKS = 'almaty-small-parks';
type ParkPlace = NonNullable<ParkAnswers['where']>;

/** Small parks are in the city: near it is the city's parks; a district is the city's or the region's. */
function parkPlace(where: Where | undefined, inCity: (slug: string) => boolean): ParkPlace | undefined {
  if (!where) return undefined;
  if (where.kind === 'district') return inCity(where.slug) ? 'city' : 'region';
  return where.kind === 'near' ? 'city' : where.kind;
}

/** Starts the guide with what a need typed as a message already said; asks only the rest. */
export async function parks(conversation: Guide, ctx: GuideContext, known: Need | null = null): Promise<void> {
  await ctx.reply(ctx.t('parks-intro'));
  const m2 = known?.land?.kind === 'area' ? Math.round(known.land.hectares * 10_000) : undefined;
  const place = await conversation.external((octx) => parkPlace(known?.where, (slug) => isInCity(octx.deps, slug)));
  const prefill: ParkAnswers = {
    ...(m2 !== undefined && m2 >= 10 && m2 <= 100_000 ? { m2 } : {}),
    ...(place ? { where: place } : {}),
  };
  const understood = [
    prefill.m2 !== undefined && `${formatNumber(prefill.m2, ctx.lang)} ${ctx.t('unit-m2')}`,
    prefill.where && ctx.t(`guide-echo-where-${prefill.where}`),
  ].filter((x): x is string => typeof x === 'string');
  if (understood.length > 0) await ctx.reply(ctx.t('guide-understood', { what: understood.join(', ') }));
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
            ask<ParkPlace>(conversation, ctx, {
              id: WHERE,
              retry: 'parks-where-retry',
              send: (c, nav) => c.reply(c.t('parks-where'), { reply_markup: placeKeyboard(c, false).append(nav) }),
              button: (value) => {
                const p = placeOf(value);
                return p === 'near' ? 'city' : p;
              },
              // «Алматы», «almaty», «Алматыда», «возле Алматы», «облыста», «без разницы».
              text: (text) =>
                conversation.external((octx) =>
                  parkPlace(whereOf(octx.deps.index, text), (slug) => isInCity(octx.deps, slug)),
                ),
            }),
            (where) => (a.where = where),
          ),
  ]);
  const figures = await conversation.external((octx): ParkFigures => {
    if (octx.from) octx.deps.repos.guides.saveAnswers(octx.from.id, 'park', answers);
    const card = octx.deps.repos.cards.card(PARKS, octx.deps.refs);
    const facts = card?.facts ?? [];
    const average = facts.find((f) => f.metric === 'area' && f.scope === 'average-park');
    return {
      ...dated('parks', currentFact(facts, 'parks')),
      ...dated('averageM2', average),
      ...dated('rent', currentFact(facts, 'rent')),
    };
  });
  const { fits, unknown } = parkAdvice(answers, figures);
  const area = formatNumber(answers.m2 ?? 0, ctx.lang);
  const where = ctx.t(`guide-echo-where-${answers.where ?? 'any'}`);
  const text = [
    ctx.t('parks-summary', { what: answers.what ?? '', area, where }),
    [ctx.t('parks-fits'), ...fits.map((r) => `• ${say(ctx, r)}`)].join('\n'),
    [ctx.t('parks-unknown'), ...unknown.map((r) => `• ${say(ctx, r)}`)].join('\n'),
    ctx.t('parks-whom'),
  ].join('\n\n');
  await ctx.reply(escapeHtml(text), {
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard()
      .text(ctx.t('parks-card'), encodeAction({ type: 'open', slug: PARKS }))
      .row()
      .text(ctx.t('parks-apply'), encodeAction({ type: 'apply', slug: PARKS }))
      .row()
      .text(ctx.t('button-menu'), encodeAction({ type: 'menu', item: 'main' })),
  });
}

function isInCity(deps: BotDeps, slug: string): boolean {
  const card = deps.repos.cards.card(slug, deps.refs);
  return slug === 'almaty-city' || (card?.places.some((p) => p.slug === 'almaty-city') ?? false);
}

function dated<K extends keyof ParkFigures>(key: K, fact: CardFact | undefined): Partial<Record<K, Dated>> {
  return fact && typeof fact.value === 'number'
    ? ({ [key]: { value: fact.value, asOf: fact.asOf } } as Partial<Record<K, Dated>>)
    : {};
}
