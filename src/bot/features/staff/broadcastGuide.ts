// /broadcast for staff: the text (Telegram formatting kept, as entities), optional versions per
// language, the audience, an exact preview with the number of recipients, and a confirmation.
// Then the broadcast is queued and its progress message is kept up to date by the app.
import { InlineKeyboard } from 'grammy';
import type { MessageEntity } from 'grammy/types';
import { encodeAction } from '../../../cards/actions.ts';
import { LANGS, type Lang } from '../../../dataset/schema.ts';
import {
  audienceText,
  createBroadcast,
  recipients,
  type Audience,
  type BroadcastContent,
  type MessageContent,
} from '../../../broadcast/queue.ts';
import { setProgressMessage } from '../../../broadcast/progress.ts';
import { nameOf } from '../../../cards/render.ts';
import { search } from '../../../search/engine.ts';
import { isStaff } from '../../middlewares/roles.ts';
import { ask, BACK, choice, type Guide, type GuideContext } from '../../questions.ts';

const AUDIENCES: Audience[] = [
  { kind: 'all' },
  { kind: 'lang', lang: 'kk' },
  { kind: 'lang', lang: 'ru' },
  { kind: 'lang', lang: 'en' },
  { kind: 'topic', topic: 'sez' },
  { kind: 'topic', topic: 'parks' },
];

/** `topic`, when given, is the audience already chosen (the followers of a zone whose data changed). */
export async function broadcastGuide(
  conversation: Guide,
  ctx: GuideContext,
  topic: string | null = null,
): Promise<void> {
  const readText = (c: GuideContext): MessageContent | undefined => {
    const m = c.message;
    if (!m?.text || m.text.length > 4096) return undefined;
    return m.entities ? { text: m.text, entities: m.entities as MessageEntity[] } : { text: m.text };
  };
  const first = await ask<MessageContent>(conversation, ctx, {
    id: 'bt',
    back: false,
    retry: 'broadcast-text-retry',
    send: (c, nav) => c.reply(c.t('broadcast-text'), { reply_markup: nav }),
    text: (_t, c) => readText(c),
  });
  const content: BroadcastContent = { default: first };

  for (;;) {
    const next = await ask<Lang | 'go'>(conversation, ctx, {
      id: 'bl',
      back: false,
      retry: 'broadcast-versions-retry',
      send: (c, nav) => {
        const kb = new InlineKeyboard();
        for (const lang of LANGS)
          kb.text(`${content[lang] ? '✅' : '➕'} ${c.t(`broadcast-version-${lang}`)}`, choice('bl', lang));
        return c.reply(c.t('broadcast-versions'), {
          reply_markup: kb.row().text(c.t('broadcast-continue'), choice('bl', 'go')).row().append(nav),
        });
      },
      button: (value) => (value === 'go' ? 'go' : LANGS.find((l) => l === value)),
    });
    if (next === 'go') break;
    const version = await ask<MessageContent>(conversation, ctx, {
      id: 'bv',
      retry: 'broadcast-text-retry',
      send: (c, nav) =>
        c.reply(c.t('broadcast-version-text', { language: c.t(`broadcast-version-${next}`) }), { reply_markup: nav }),
      text: (_t, c) => readText(c),
    });
    if (version !== BACK) content[next] = version;
  }

  // A photo, the text becoming its caption (Telegram allows captions of up to 1,024 characters).
  const longest = Math.max(...[content.default, ...LANGS.map((l) => content[l])].map((m) => m?.text.length ?? 0));
  const photo = await ask<string>(conversation, ctx, {
    id: 'bp',
    back: false,
    retry: longest > 1024 ? 'broadcast-photo-too-long' : 'broadcast-photo-retry',
    send: (c, nav) =>
      c.reply(c.t('broadcast-photo'), {
        reply_markup: new InlineKeyboard().text(c.t('broadcast-skip'), choice('bp', 'skip')).row().append(nav),
      }),
    button: (value) => (value === 'skip' ? '' : undefined),
    media: (c) => (longest <= 1024 ? c.message?.photo?.at(-1)?.file_id : undefined),
  });
  if (photo) content.photo = photo;

  const card = await ask<string>(conversation, ctx, {
    id: 'bb',
    back: false,
    retry: 'broadcast-button-retry',
    send: (c, nav) =>
      c.reply(c.t('broadcast-button'), {
        reply_markup: new InlineKeyboard().text(c.t('broadcast-skip'), choice('bb', 'skip')).row().append(nav),
      }),
    button: (value) => (value === 'skip' ? '' : undefined),
    text: async (t) => (await conversation.external((octx) => search(octx.deps.index, t, { limit: 1 })))[0]?.slug,
  });
  if (card) {
    content.button = {
      url: `https://t.me/${ctx.me.username}?start=${card}`,
      label: Object.fromEntries(LANGS.map((l) => [l, ctx.deps.translate(l, 'broadcast-open-card')])) as Record<
        Lang,
        string
      >,
    };
    await ctx.reply(ctx.t('broadcast-button-set', { name: nameOf(ctx.deps.refs.get(card)!, ctx.lang) }));
  }

  const audience: Audience = topic ? { kind: 'topic', topic } : await chooseAudience(conversation, ctx);
  // Who gets which text: a version in their language, else the main text.
  const languages = await conversation.external((octx) =>
    recipients(octx.deps.store.db, audience).reduce<Partial<Record<Lang, number>>>(
      (n, r) => ({ ...n, [r.language]: (n[r.language] ?? 0) + 1 }),
      {},
    ),
  );
  const count = LANGS.reduce((sum, l) => sum + (languages[l] ?? 0), 0);
  await ctx.reply(ctx.t('broadcast-preview', { count }));
  const mainFor = LANGS.filter((l) => !content[l] && (languages[l] ?? 0) > 0);
  for (const lang of [undefined, ...LANGS]) {
    const message = lang ? content[lang] : content.default;
    const readers = lang ? (languages[lang] ?? 0) : mainFor.reduce((sum, l) => sum + (languages[l] ?? 0), 0);
    // A text nobody in the audience gets is not shown (the main text is, to an audience of nobody).
    if (!message || (readers === 0 && (lang !== undefined || count > 0))) continue;
    await ctx.reply(
      lang
        ? ctx.t('broadcast-preview-version', { language: ctx.t(`broadcast-version-${lang}`), count: readers })
        : ctx.t('broadcast-preview-main', {
            languages: mainFor.map((l) => ctx.t(`broadcast-version-${l}`)).join(', '),
            count: readers,
          }),
    );
    const markup = content.button
      ? { reply_markup: new InlineKeyboard().url(content.button.label[lang ?? ctx.lang], content.button.url) }
      : {};
    if (content.photo)
      await ctx.replyWithPhoto(content.photo, {
        caption: message.text,
        ...(message.entities ? { caption_entities: message.entities } : {}),
        ...markup,
      });
    else await ctx.reply(message.text, { ...(message.entities ? { entities: message.entities } : {}), ...markup });
  }
  // Only Send answers this question; Cancel ends the guide.
  await ask<true>(conversation, ctx, {
    id: 'bs',
    back: false,
    retry: 'broadcast-confirm-retry',
    send: (c, nav) =>
      c.reply(c.t('broadcast-confirm', { count }), {
        reply_markup: new InlineKeyboard().text(c.t('broadcast-send'), choice('bs', 'send')).row().append(nav),
      }),
    button: (value) => (value === 'send' ? true : undefined),
  });
  // The role is checked again: it may have been taken away while the broadcast was composed.
  const created = await conversation.external((octx) =>
    isStaff(octx) ? createBroadcast(octx.deps.store.db, content, audience, octx.from?.id ?? null) : null,
  );
  if (!created) return void (await ctx.reply(ctx.t('staff-only')));
  const status = await ctx.reply(ctx.t('broadcast-queued', { id: created.id, count: created.recipients }), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t('broadcast-pause'), encodeAction({ type: 'broadcast', id: created.id, op: 'pause' }))
      .text(ctx.t('broadcast-cancel'), encodeAction({ type: 'broadcast', id: created.id, op: 'cancel' })),
  });
  await conversation.external((octx) =>
    setProgressMessage(octx.deps.store.db, created.id, status.chat.id, status.message_id),
  );
}

/** A zone or district found by a typed name, with the number of its followers. */
interface Place {
  topic: string;
  name: string;
  followers: number;
}

/**
 * The audience: everyone, a language, a general topic, or (found by a typed name) the followers of
 * one zone or district. Back from the place returns to this list.
 */
async function chooseAudience(conversation: Guide, ctx: GuideContext): Promise<Audience> {
  for (;;) {
    const counts = await conversation.external((octx) =>
      AUDIENCES.map((a) => recipients(octx.deps.store.db, a).length),
    );
    const picked = await ask<Audience | 'place'>(conversation, ctx, {
      id: 'ba',
      back: false,
      retry: 'broadcast-audience-retry',
      send: (c, nav) => {
        const kb = new InlineKeyboard();
        AUDIENCES.forEach((a, i) =>
          kb
            .text(
              `${c.t(`broadcast-audience-${audienceText(a).replace(':', '-')}`)} (${counts[i]})`,
              choice('ba', String(i)),
            )
            .row(),
        );
        kb.text(c.t('broadcast-audience-place'), choice('ba', 'place')).row();
        return c.reply(c.t('broadcast-audience'), { reply_markup: kb.append(nav) });
      },
      button: (value) => (value === 'place' ? 'place' : /^\d$/.test(value) ? AUDIENCES[Number(value)] : undefined),
    });
    if (picked !== 'place') return picked;
    const places = await ask<Place[]>(conversation, ctx, {
      id: 'bz',
      retry: 'broadcast-place-retry',
      send: (c, nav) => c.reply(c.t('broadcast-place'), { reply_markup: nav }),
      text: async (t, c) => {
        const found = await conversation.external((octx) =>
          search(octx.deps.index, t, { limit: 10 })
            .filter((hit) => hit.kind === 'zone' || hit.kind === 'district')
            .slice(0, 6)
            .map((hit) => {
              const topic = `${hit.kind}:${hit.slug}`;
              const followers = recipients(octx.deps.store.db, { kind: 'topic', topic }).length;
              return { topic, name: nameOf(octx.deps.refs.get(hit.slug)!, c.lang), followers };
            }),
        );
        return found.length > 0 ? found : undefined;
      },
    });
    if (places === BACK) continue;
    const followed = places.filter((p) => p.followers > 0);
    const unfollowed = places.filter((p) => p.followers === 0).map((p) => p.name);
    const chosen = await ask<Audience>(conversation, ctx, {
      id: 'bc',
      retry: 'broadcast-audience-retry',
      send: (c, nav) => {
        const kb = new InlineKeyboard();
        followed.forEach((p, i) =>
          kb
            .text(c.t('broadcast-place-followers', { name: p.name, count: p.followers }), choice('bc', String(i)))
            .row(),
        );
        const lines = [c.t(followed.length > 0 ? 'broadcast-place-pick' : 'broadcast-place-none')];
        if (unfollowed.length > 0) lines.push(c.t('broadcast-place-unfollowed', { names: unfollowed.join('; ') }));
        return c.reply(lines.join('\n'), { reply_markup: kb.append(nav) });
      },
      button: (value) => {
        const place = /^\d$/.test(value) ? followed[Number(value)] : undefined;
        return place && { kind: 'topic', topic: place.topic };
      },
    });
    if (chosen !== BACK) return chosen;
  }
}
