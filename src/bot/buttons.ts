// Filters for buttons by what they do: their data is decoded once, checked, and handed on typed.
import type { Composer, Filter, Middleware } from 'grammy';
import { decodeAction, type Action } from '../cards/actions.ts';
import type { BotContext } from './context.ts';

export type ActionContext<T extends Action['type']> = Filter<BotContext, 'callback_query:data'> & {
  action: Extract<Action, { type: T }>;
};

/** Runs `middleware` for the buttons whose action is one of `types`. */
export function onAction<T extends Action['type']>(
  composer: Composer<BotContext>,
  types: T | T[],
  ...middleware: Array<Middleware<ActionContext<T>>>
): Composer<ActionContext<T>> {
  const wanted: readonly string[] = Array.isArray(types) ? types : [types];
  return composer.on('callback_query:data').filter(
    (ctx): ctx is ActionContext<T> => {
      const action = decodeAction(ctx.callbackQuery.data);
      if (!action || !wanted.includes(action.type)) return false;
      (ctx as ActionContext<T>).action = action as Extract<Action, { type: T }>;
      return true;
    },
    ...middleware,
  );
}
