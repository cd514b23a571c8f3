// The conversations plugin for the guides: their state lives in the store (by chat; inline queries
// have none and never reach a guide); inside a guide i18n, our deps and retries are installed anew,
// and the language is the one the user had when the guide started. A guide saved by older code, left
// unanswered for a day, or whose state cannot be read or grew too large is dropped, and its user told so.
import { conversations, type ConversationData } from '@grammyjs/conversations';
import type { I18n } from '@grammyjs/i18n';
import { Composer, type Middleware } from 'grammy';
import { conversationStorage, type GuideDrop } from '../../store/storage.ts';
import type { BotContext, BotDeps } from '../context.ts';
import type { GuideContext } from '../questions.ts';
import { dropEmptyRows, interactiveRetry } from '../api.ts';

const DROPPED: Record<GuideDrop, string> = {
  outdated: 'guide-outdated',
  expired: 'guide-expired',
  lost: 'guide-lost',
};

export function guideConversations(deps: BotDeps, i18n: I18n<BotContext>, version: string): Composer<BotContext> {
  const dropped = new WeakMap<BotContext, GuideDrop>();
  const adapter = conversationStorage<BotContext, ConversationData>(
    deps.store.db,
    version,
    (ctx) => ctx.chat?.id.toString(),
    (ctx, why) => dropped.set(ctx, why),
  );
  const guides = new Composer<BotContext>();
  // A state that grew too large is dropped when it is written, after the guide answered.
  guides.use(async (ctx, next) => {
    await next();
    if (dropped.get(ctx) === 'lost' && ctx.chat) await ctx.reply(ctx.t('guide-lost'));
  });
  guides.use(
    conversations<BotContext, GuideContext>({
      storage: { type: 'context', version, adapter },
      plugins: async (conversation) => {
        const lang = await conversation.external((ctx) => ctx.lang);
        return [
          // The i18n middleware reads only ctx.from and sets ctx.i18n/ctx.t, which a guide's context has.
          i18n as unknown as Middleware<GuideContext>,
          (ctx, next) => {
            ctx.deps = deps;
            ctx.lang = lang;
            ctx.i18n.useLocale(lang);
            ctx.api.config.use(interactiveRetry(), dropEmptyRows);
            return next();
          },
        ];
      },
    }),
  );
  // An answer to a guide that was dropped: say why, and take it no further (it was meant for the guide).
  guides.use(async (ctx, next) => {
    const why = dropped.get(ctx);
    if (!why) return next();
    // Told once, here, not again by the check above.
    dropped.delete(ctx);
    await ctx.reply(ctx.t(DROPPED[why]));
    // A command still does what it says; a button or an answer was meant for the old guide.
    if (ctx.message?.entities?.[0]?.type === 'bot_command' && ctx.message.entities[0].offset === 0) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  });
  return guides;
}
