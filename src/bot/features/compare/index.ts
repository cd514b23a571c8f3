// Compare: two or three zones side by side. Zones are picked with the button on their cards and in
// guide results, on the comparison's own screen (/compare, the main menu), or named in a message
// («/compare ПИТ, Кайрат», «сравни ПИТ и Кайрат»). A fourth zone offers to replace one of the three.
import { Composer } from 'grammy';
import {
  MAX_COMPARED,
  pickable,
  renderComparison,
  renderPicker,
  renderReplace,
  statusButtons,
} from '../../../cards/compare.ts';
import { escapeHtml, nameOf, type Rendered } from '../../../cards/render.ts';
import type { EntityCard, EntityRef } from '../../../cards/types.ts';
import { namedToCompare } from '../../../understand/compare.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { send, show } from '../../reply.ts';

export const compare = new Composer<BotContext>();

/** The zones picked, as they are now in the store (one taken out of the data drops out here). */
async function picked(ctx: BotContext): Promise<EntityRef[]> {
  return ((await ctx.session).compare ?? []).flatMap((slug) => {
    const ref = ctx.deps.refs.get(slug);
    return ref?.kind === 'zone' ? [ref] : [];
  });
}

async function save(ctx: BotContext, zones: EntityRef[]): Promise<void> {
  (await ctx.session).compare = zones.map((z) => z.slug);
}

/** A page of the comparison's screen; undefined past its last page. */
async function picker(ctx: BotContext, page: number, note?: string): Promise<Rendered | undefined> {
  const screen = renderPicker(pickable(ctx.deps.refs.values(), ctx.lang), await picked(ctx), page, ctx.lang, ctx.t);
  return screen && note ? { ...screen, text: `${escapeHtml(note)}\n\n${screen.text}` } : screen;
}

/** The screen's first page, which is there even with no zones to pick. */
async function firstPage(ctx: BotContext, note?: string): Promise<Rendered> {
  return (await picker(ctx, 0, note))!;
}

/** What is picked so far, with the way on: compare now, pick more, clear. */
async function pickedSoFar(ctx: BotContext): Promise<Rendered> {
  const zones = await picked(ctx);
  const names = zones.map((z) => nameOf(z, ctx.lang)).join('; ');
  const more =
    zones.length < MAX_COMPARED
      ? [[{ text: ctx.t('compare-add'), action: { type: 'comparePicker' as const, page: 0 } }]]
      : [];
  return {
    text: escapeHtml(
      [
        zones.length > 0 ? ctx.t('compare-list', { names }) : ctx.t('compare-need-two'),
        zones.length === 1 ? ctx.t('compare-need-one') : '',
      ]
        .join(' ')
        .trim(),
    ),
    buttons: [...more, ...statusButtons(zones.length, ctx.t)],
  };
}

function comparison(ctx: BotContext, zones: EntityRef[]): Rendered | undefined {
  const cards = zones
    .map((z) => ctx.deps.repos.cards.card(z.slug, ctx.deps.refs))
    .filter((c): c is EntityCard => c !== undefined);
  return cards.length > 1 ? renderComparison(cards, ctx.lang, ctx.t) : undefined;
}

/** Adds a zone, or takes it out when it is in; with three in, nothing changes ('full'). */
async function toggle(ctx: BotContext, zone: EntityRef): Promise<'added' | 'removed' | 'full'> {
  const zones = await picked(ctx);
  if (zones.some((z) => z.slug === zone.slug)) {
    await save(
      ctx,
      zones.filter((z) => z.slug !== zone.slug),
    );
    return 'removed';
  }
  if (zones.length >= MAX_COMPARED) return 'full';
  await save(ctx, [...zones, zone]);
  return 'added';
}

/**
 * The zones a message or /compare names: two or more are compared at once (the first three); one is
 * added to those picked; none, or only places that are not zones, gets the picker with a word why.
 */
export async function answerCompare(ctx: BotContext, slugs: string[]): Promise<void> {
  const refs = slugs.map((s) => ctx.deps.refs.get(s)).filter((r) => r !== undefined);
  const zones = refs.filter((r) => r.kind === 'zone');
  const others = refs.filter((r) => r.kind !== 'zone').map((r) => nameOf(r, ctx.lang));
  const notZones = others.length > 0 ? ctx.t('compare-not-zones', { names: others.join('; ') }) : undefined;
  if (zones.length > 1) {
    const shown = zones.slice(0, MAX_COMPARED);
    await save(ctx, shown);
    const notes = [notZones, zones.length > MAX_COMPARED ? ctx.t('compare-first', { max: MAX_COMPARED }) : undefined];
    const said = notes.filter((n) => n !== undefined);
    if (said.length > 0) await ctx.reply(said.join('\n'));
    const screen = comparison(ctx, shown);
    if (screen) return send(ctx, screen);
  }
  const [zone] = zones;
  if (zone) {
    const now = await picked(ctx);
    if (!now.some((z) => z.slug === zone.slug)) {
      if (now.length >= MAX_COMPARED) return send(ctx, renderReplace(now, zone, ctx.lang, ctx.t));
      await save(ctx, [...now, zone]);
    }
    const added = ctx.t('compare-added', { name: nameOf(zone, ctx.lang) });
    return send(ctx, await firstPage(ctx, notZones ? `${notZones}\n${added}` : added));
  }
  await send(ctx, await firstPage(ctx, notZones));
}

compare.command('compare', async (ctx) => {
  const names = ctx.match.trim();
  if (!names) return send(ctx, await firstPage(ctx));
  const slugs = namedToCompare(ctx.deps.index, names);
  if (slugs.length === 0) return send(ctx, await firstPage(ctx, ctx.t('compare-not-found')));
  await answerCompare(ctx, slugs);
});

onAction(compare, 'menu', async (ctx, next) => {
  if (ctx.action.item !== 'compare') return next();
  await ctx.answerCallbackQuery();
  await show(ctx, await firstPage(ctx));
});

onAction(compare, 'comparePicker', async (ctx) => {
  const screen = await picker(ctx, ctx.action.page);
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  await ctx.answerCallbackQuery();
  await show(ctx, screen);
});

// The button on a card or a guide result sends the list so far as a new message, under the card; a
// pick on the comparison's screen shows it in place. With three in, either asks which one to replace.
onAction(compare, ['compare', 'comparePick'], async (ctx, next) => {
  const zone = ctx.deps.refs.get(ctx.action.slug);
  if (zone?.kind !== 'zone') return next();
  const onScreen = ctx.action.type === 'comparePick';
  const reply = onScreen ? show : send;
  const done = await toggle(ctx, zone);
  if (done === 'full') {
    await ctx.answerCallbackQuery();
    return reply(ctx, renderReplace(await picked(ctx), zone, ctx.lang, ctx.t));
  }
  const name = nameOf(zone, ctx.lang);
  await ctx.answerCallbackQuery({ text: ctx.t(done === 'added' ? 'compare-added' : 'compare-removed', { name }) });
  const page = ctx.action.type === 'comparePick' ? ctx.action.page : 0;
  await reply(ctx, onScreen ? ((await picker(ctx, page)) ?? (await firstPage(ctx))) : await pickedSoFar(ctx));
});

onAction(compare, 'compareReplace', async (ctx) => {
  const { slug, out } = ctx.action;
  const zone = ctx.deps.refs.get(slug);
  const zones = await picked(ctx);
  const at = zones.findIndex((z) => z.slug === out);
  // The three have changed since the question was asked (or the zone is gone): nothing to replace.
  if (zone?.kind !== 'zone' || at < 0 || zones.some((z) => z.slug === slug))
    return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  const replaced = zones.map((z, i) => (i === at ? zone : z));
  await save(ctx, replaced);
  await ctx.answerCallbackQuery({
    text: ctx.t('compare-replaced', { old: nameOf(zones[at]!, ctx.lang), name: nameOf(zone, ctx.lang) }),
  });
  await show(ctx, comparison(ctx, replaced) ?? (await pickedSoFar(ctx)));
});

onAction(compare, 'compareCancel', async (ctx) => {
  await ctx.answerCallbackQuery();
  await show(ctx, await pickedSoFar(ctx));
});

onAction(compare, 'compareShow', async (ctx) => {
  const screen = comparison(ctx, await picked(ctx));
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t('compare-need-two') }));
  await ctx.answerCallbackQuery();
  await show(ctx, screen);
});

onAction(compare, 'compareClear', async (ctx) => {
  await save(ctx, []);
  await ctx.answerCallbackQuery({ text: ctx.t('compare-cleared') });
  await show(ctx, await firstPage(ctx));
});
