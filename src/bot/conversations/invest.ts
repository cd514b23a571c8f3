// The investor guide (/invest): what, where, how much land and money, what matters — then the
// zones that fit, ranked with reasons and gaps, each with its card, SEZ conditions, compare and apply.
import { InlineKeyboard } from 'grammy';
import { encodeAction } from '../../cards/actions.ts';
import { formatDate, formatMoney, formatNumber } from '../../cards/format.ts';
import { entityLabel, escapeHtml, kindLabel, nameOf } from '../../cards/render.ts';
import { parseArea, parseMoney, type Land, type Money } from '../../guide/parse.ts';
import { GUIDE_SECTORS, PRIORITIES, rankZones, type GuideSector, type Priority, type Profile, type Ranked, type Where } from '../../guide/rank.ts';
import { search } from '../../search/engine.ts';
import { loadGuideZones, saveGuideAnswers } from '../../store/guide.ts';
import { ask, LEAVE, navRow, steps, type Guide, type GuideContext } from './ask.ts';

/** Bump when the guide's steps change: conversations saved by the old code are restarted politely. */
export const GUIDE_VERSION = 'guides-1';
const RESULTS = 4;

// Words people use for their trade, by sector (stems, matched at the start of a word); the
// specific trades come first, so "завод газоблоков" is construction materials, not just a plant.
const SECTOR_WORDS: Record<Exclude<GuideSector, 'other'>, string[]> = {
  food: ['пищ', 'еда', 'продукт', 'мяс', 'молок', 'молоч', 'хлеб', 'напит', 'кондитер', 'тамақ', 'ет ', 'сүт', 'нан', 'food', 'meat', 'dairy', 'bakery', 'beverage'],
  logistics: ['логист', 'склад', 'достав', 'транспорт', 'қойма', 'logist', 'warehous', 'storage', 'transport', 'distribution'],
  it: ['it', 'айти', 'софт', 'програм', 'цифр', 'технолог', 'стартап', 'data', 'software', 'tech', 'digital', 'startup'],
  construction_materials: ['бетон', 'кирпич', 'стройматер', 'строй', 'цемент', 'газобл', 'газбл', 'құрылыс', 'кірпіш', 'concrete', 'brick', 'cement', 'construction'],
  agriculture: ['ферм', 'агро', 'тепли', 'сельск', 'зерн', 'ауыл', 'егін', 'farm', 'agri', 'greenhouse', 'crop'],
  retail: ['магазин', 'торгов', 'услуг', 'сервис', 'ресторан', 'сауда', 'дүкен', 'қызмет', 'shop', 'retail', 'store', 'service'],
  manufacturing: ['завод', 'производ', 'фабрик', 'цех', 'станк', 'металл', 'мебел', 'пластик', 'зауыт', 'өндір', 'factory', 'manufactur', 'plant', 'assembly'],
};

/** The sector a description names, or undefined when it names none of them. */
export function sectorFromText(text: string): GuideSector | undefined {
  const t = ` ${text.toLowerCase()} `;
  for (const [sector, stems] of Object.entries(SECTOR_WORDS)) {
    if (stems.some((s) => new RegExp(`[\\s\\p{P}]${s}`, 'u').test(t))) return sector as GuideSector;
  }
  return undefined;
}

/** A search result this sure means the text named something in the store, not a trade. */
const SURE_HIT = 0.85;

type Answers = { sector?: GuideSector; where?: Where; land?: Land; investment?: Money | null; priorities: Priority[] };

export async function invest(conversation: Guide, ctx: GuideContext): Promise<void> {
  const districts = [...ctx.deps.refs.values()].filter((r) => r.kind === 'district' && r.subkind === 'district').map((r) => ({ slug: r.slug, name: r.name }));
  await ctx.reply(ctx.t('invest-intro'));
  const done = await steps<Answers>(conversation, ctx, { priorities: [] }, [
    async (a) => {
      const r = await ask<GuideSector>(conversation, ctx, {
        back: false,
        retry: 'invest-sector-retry',
        send: (c, nav) => {
          const kb = new InlineKeyboard();
          GUIDE_SECTORS.forEach((s, i) => {
            kb.text(c.t(`guide-sector-${s}`), `v:s:${s}`);
            if (i % 2 === 1) kb.row();
          });
          return c.reply(c.t('invest-sector'), { reply_markup: kb.append(nav) });
        },
        button: (data) => GUIDE_SECTORS.find((s) => data === `v:s:${s}`),
        // A trade named in words; a zone or company name is a search and leaves the guide; any
        // other description is a project of another kind.
        text: async (text) => {
          const sector = sectorFromText(text);
          if (sector) return sector;
          const hits = await conversation.external((octx) => search(octx.deps.index, text, { limit: 1 }));
          return (hits[0]?.score ?? 0) >= SURE_HIT ? LEAVE : 'other';
        },
      });
      if (r === 'back' || r === 'cancel') return r;
      a.sector = r;
      return true;
    },
    async (a) => {
      const r = await ask<Where | 'pick'>(conversation, ctx, {
        retry: 'invest-where-retry',
        send: (c, nav) =>
          c.reply(c.t('invest-where'), {
            reply_markup: new InlineKeyboard()
              .text(c.t('invest-where-city'), 'v:w:city')
              .text(c.t('invest-where-region'), 'v:w:region')
              .row()
              .text(c.t('invest-where-district'), 'v:w:pick')
              .text(c.t('invest-where-any'), 'v:w:any')
              .row()
              .append(nav),
          }),
        button: (data) => (data === 'v:w:city' ? { kind: 'city' } : data === 'v:w:region' ? { kind: 'region' } : data === 'v:w:any' ? { kind: 'any' } : data === 'v:w:pick' ? 'pick' : undefined),
        text: async (text) => {
          // A typed place: the district or town the best match is, or one of the broad answers.
          const [hit] = await conversation.external((octx) => search(octx.deps.index, text, { limit: 1 }));
          if (!hit || hit.kind !== 'district') return undefined;
          if (hit.slug === 'almaty-city') return { kind: 'city' };
          if (hit.slug === 'almaty-region') return { kind: 'region' };
          return { kind: 'district', slug: hit.slug };
        },
      });
      if (r === 'back' || r === 'cancel') return r;
      if (r !== 'pick') {
        a.where = r;
        return true;
      }
      const d = await ask<Where>(conversation, ctx, {
        retry: 'invest-where-retry',
        send: (c, nav) => {
          const kb = new InlineKeyboard();
          districts.forEach((dist, i) => {
            kb.text(nameOf(dist, c.lang), `v:d:${dist.slug}`);
            if (i % 2 === 1) kb.row();
          });
          return c.reply(c.t('invest-where-pick'), { reply_markup: kb.append(nav) });
        },
        button: (data) => {
          const slug = data.slice('v:d:'.length);
          return data.startsWith('v:d:') && districts.some((x) => x.slug === slug) ? { kind: 'district', slug } : undefined;
        },
      });
      if (d === 'cancel') return 'cancel';
      // Back from the list of districts is back to "Where?", which this step asks again.
      if (d === 'back') return 'again';
      a.where = d;
      return true;
    },
    async (a) => {
      const r = await ask<Land>(conversation, ctx, {
        retry: 'invest-land-retry',
        send: (c, nav) => c.reply(c.t('invest-land'), { reply_markup: new InlineKeyboard().text(c.t('invest-land-none'), 'v:l:none').append(nav) }),
        button: (data) => (data === 'v:l:none' ? { kind: 'none' } : undefined),
        text: (text) => parseArea(text),
      });
      if (r === 'back' || r === 'cancel') return r;
      a.land = r;
      return true;
    },
    async (a) => {
      for (;;) {
        const r = await ask<Money | 'skip'>(conversation, ctx, {
          retry: 'invest-money-retry',
          send: (c, nav) => c.reply(c.t('invest-money'), { reply_markup: new InlineKeyboard().text(c.t('invest-money-skip'), 'v:m:skip').append(nav) }),
          button: (data) => (data === 'v:m:skip' ? 'skip' : undefined),
          text: (text) => parseMoney(text),
        });
        if (r === 'back' || r === 'cancel') return r;
        if (r === 'skip') {
          a.investment = null;
          return true;
        }
        const ok = await ask<boolean>(conversation, ctx, {
          retry: 'invest-money-confirm-retry',
          send: (c, nav) =>
            c.reply(c.t('invest-money-confirm', { amount: formatMoney(r.amount, r.currency, c.lang, c.t) }), {
              reply_markup: new InlineKeyboard().text(c.t('guide-yes'), 'v:m:yes').text(c.t('invest-money-again'), 'v:m:again').append(nav),
            }),
          button: (data) => (data === 'v:m:yes' ? true : data === 'v:m:again' ? false : undefined),
        });
        if (ok === 'cancel') return 'cancel';
        if (ok === true) {
          a.investment = r;
          return true;
        }
      }
    },
    async (a) => {
      const chosen = new Set<Priority>(a.priorities);
      const keyboard = (c: GuideContext) => {
        const kb = new InlineKeyboard();
        for (const p of PRIORITIES) kb.text(`${chosen.has(p) ? '✅' : '◻️'} ${c.t(`invest-priority-${p}`)}`, `v:p:${p}`).row();
        return kb.text(c.t('invest-priorities-done'), 'v:p:done').row();
      };
      const r = await ask<'done'>(conversation, ctx, {
        retry: 'invest-priorities-retry',
        send: (c, nav) => c.reply(c.t('invest-priorities'), { reply_markup: keyboard(c).append(nav) }),
        button: async (data, c) => {
          if (data === 'v:p:done') return 'done';
          const p = PRIORITIES.find((x) => data === `v:p:${x}`);
          if (!p) return undefined;
          // A tick changes the buttons of the same message.
          if (chosen.has(p)) chosen.delete(p);
          else chosen.add(p);
          a.priorities = PRIORITIES.filter((x) => chosen.has(x));
          await c.editMessageReplyMarkup({ reply_markup: keyboard(c).append(navRow(c, true)) });
          return undefined;
        },
      });
      if (r === 'back' || r === 'cancel') return r;
      return true;
    },
  ]);
  if (!done) return;
  const profile: Profile = { sector: done.sector!, where: done.where!, land: done.land!, priorities: done.priorities, ...(done.investment ? { investment: done.investment } : {}) };
  await ctx.reply(summary(ctx, profile, districts), { parse_mode: 'HTML' });
  const today = new Date(await conversation.now()).toISOString().slice(0, 10);
  const ranked = await conversation.external((octx) => {
    if (octx.from) saveGuideAnswers(octx.deps.store.db, octx.from.id, 'invest', profile);
    return rankZones(profile, loadGuideZones(octx.deps.store.db), today, octx.lang);
  });
  const shown = ranked.filter((r) => r.score > -3).slice(0, RESULTS);
  if (shown.length === 0) {
    await ctx.reply(ctx.t('invest-no-results'));
    return;
  }
  await ctx.reply(ctx.t('invest-results', { count: shown.length }));
  for (const [i, r] of shown.entries()) await sendResult(ctx, r, i + 1);
}

function summary(ctx: GuideContext, p: Profile, districts: Array<{ slug: string; name: { ru: string; kk: string; en: string } }>): string {
  const where =
    p.where.kind === 'district'
      ? nameOf(districts.find((d) => d.slug === (p.where as { slug: string }).slug) ?? { name: { ru: '', kk: '', en: '' } }, ctx.lang)
      : ctx.t(`invest-where-${p.where.kind}`);
  const land = p.land.kind === 'none' ? ctx.t('invest-land-none') : `${formatNumber(p.land.hectares, ctx.lang, 4)} ${ctx.t('unit-ha')}`;
  const money = p.investment ? formatMoney(p.investment.amount, p.investment.currency, ctx.lang, ctx.t) : ctx.t('invest-money-skip');
  const priorities = p.priorities.length > 0 ? p.priorities.map((x) => ctx.t(`invest-priority-${x}`)).join(', ') : '—';
  return escapeHtml(ctx.t('invest-summary', { sector: ctx.t(`guide-sector-${p.sector}`), where, land, money, priorities }));
}

async function sendResult(ctx: GuideContext, r: Ranked, n: number): Promise<void> {
  const ref = ctx.deps.refs.get(r.slug);
  if (!ref) return;
  const lines = [`${n}. <b>${escapeHtml(entityLabel(ref, ctx.lang))}</b> — ${escapeHtml(kindLabel(ref, ctx.t))}`];
  for (const reason of r.reasons) lines.push(`✓ ${escapeHtml(ctx.t(reason.key, localized(ctx, reason.vars)))}`);
  for (const gap of r.gaps) lines.push(`⚠ ${escapeHtml(ctx.t(gap.key, localized(ctx, gap.vars)))}`);
  const kb = new InlineKeyboard().text(ctx.t('invest-open-card'), encodeAction({ type: 'card', slug: r.slug }));
  if (ref.subkind === 'sez') kb.text(ctx.t('button-sez-conditions'), encodeAction({ type: 'sez', slug: r.slug }));
  kb.row().text(ctx.t('button-compare'), encodeAction({ type: 'compare', slug: r.slug })).text(ctx.t('button-apply'), encodeAction({ type: 'apply', slug: r.slug }));
  await ctx.reply(lines.join('\n'), { parse_mode: 'HTML', reply_markup: kb });
}

/** Numbers in reasons read as numbers of the user's language. */
function localized(ctx: GuideContext, vars: Record<string, string | number> | undefined): Record<string, string | number> | undefined {
  if (!vars) return undefined;
  return Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, ctx.lang, 2) : /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v]),
  );
}
