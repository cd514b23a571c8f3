// What every Bot API call of the bot goes through: bounded retries for people who wait, and
// keyboards cleaned of the empty rows Telegram refuses.
import { autoRetry } from '@grammyjs/auto-retry';
import { HttpError, type ApiClientOptions, type Transformer } from 'grammy';

/**
 * grammY's own client, at BOT_API_ROOT when set. A request that hangs is given up after 30 s
 * (grammY's default is minutes).
 */
export function clientOptions(apiRoot: string | undefined): ApiClientOptions {
  return { timeoutSeconds: 30, ...(apiRoot ? { apiRoot } : {}) };
}

/** Network failures and timeouts (HttpError) are retried this many times, a second apart and then two. */
export const HTTP_RETRIES = 2;

/**
 * Retries on 429 and 5xx, and a failed or timed-out request twice, but never for long: a person is
 * waiting for the answer. auto-retry alone retries an HttpError forever (backing off up to an hour),
 * which in an outage would leave every update stuck in its slot and the bot unable to take more.
 */
export function interactiveRetry(retryDelayMs = 1000): Transformer {
  const retry = autoRetry({
    maxRetryAttempts: 3,
    maxDelaySeconds: 10,
    rethrowInternalServerErrors: false,
    rethrowHttpErrors: true,
  });
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await retry(prev, method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || attempt > HTTP_RETRIES || signal?.aborted) throw err;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
      }
    }
  };
}

/**
 * Drops empty rows from every inline keyboard the bot sends: keyboards built row by row
 * (`.row()` after the last button, `.append(...)`) leave them, and Telegram refuses them.
 */
export const dropEmptyRows: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: { inline_keyboard?: unknown[][] } }).reply_markup;
  if (markup?.inline_keyboard?.some((row) => row.length === 0)) {
    markup.inline_keyboard = markup.inline_keyboard.filter((row) => row.length > 0);
  }
  return prev(method, payload, signal);
};
