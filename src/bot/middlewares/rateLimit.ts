// A flood from one user is cut short before it queues up behind sequentialize; others are not
// slowed. Past the limit the user is told once to slow down, not again within SLOW_DOWN_QUIET_MS.
import { limit } from '@grammyjs/ratelimiter';
import { languageFromTelegram } from '../../dataset/schema.ts';
import type { BotContext, BotDeps } from '../context.ts';

/** After a "slow down", a user over the limit again within this time is dropped without another. */
export const SLOW_DOWN_QUIET_MS = 60_000;

export interface UserRate {
  limit: number;
  windowMs: number;
}

export function userRateLimit(deps: BotDeps, rate: UserRate) {
  /** When each user over the limit was last told; entries older than the quiet time are dropped. */
  const told = new Map<number, number>();
  return limit<BotContext, never>({
    timeFrame: rate.windowMs,
    limit: rate.limit,
    onLimitExceeded: (ctx) => {
      const user = ctx.from?.id ?? 0;
      const now = Date.now();
      if (now - (told.get(user) ?? -Infinity) < SLOW_DOWN_QUIET_MS) return;
      for (const [id, at] of told) if (now - at >= SLOW_DOWN_QUIET_MS) told.delete(id);
      told.set(user, now);
      const text = deps.translate(languageFromTelegram(ctx.from?.language_code), 'slow-down');
      if (ctx.callbackQuery) void ctx.answerCallbackQuery({ text }).catch(() => undefined);
      else if (ctx.chat?.type === 'private') void ctx.reply(text).catch(() => undefined);
    },
  });
}
