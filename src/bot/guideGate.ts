// The guides' machinery — the conversations plugin and each guide's registration — reads the chat's
// saved guide and wraps the update in a dozen closures and promise frames. Most updates are plain
// text from someone who is not in a guide (a search): plain text never opens a guide (commands and
// buttons do), so those updates skip it. Everything else goes through it as before: commands,
// buttons, contacts and other kinds of update, and anything in a chat with a guide under way.
import type { Context, MiddlewareFn } from 'grammy';

/** Updates the conversations plugin was installed on: only they may run a guide's registration. */
const withGuides = new WeakSet<Context>();

/**
 * Whether an update may start or continue a guide; `hasGuide` asks the store about a chat. A command
 * anywhere in the text counts: the way out of a guide listens for one wherever it is.
 */
export function mayConcernGuide(ctx: Context, hasGuide: (chatKey: string) => boolean): boolean {
  const message = ctx.message;
  if (message?.text === undefined || message.text.startsWith('/') || message.entities?.some((e) => e.type === 'bot_command')) return true;
  return ctx.chat !== undefined && hasGuide(ctx.chat.id.toString());
}

/** The conversations plugin, installed on the updates that may concern a guide. */
export function guidesWhenNeeded<C extends Context>(plugin: MiddlewareFn<C>, hasGuide: (chatKey: string) => boolean): MiddlewareFn<C> {
  return (ctx, next) => {
    if (!mayConcernGuide(ctx, hasGuide)) return next();
    withGuides.add(ctx);
    return plugin(ctx, next);
  };
}

/** A guide's registration (createConversation), for the updates the plugin was installed on. */
export function guide<C extends Context>(registration: MiddlewareFn<C>): MiddlewareFn<C> {
  return (ctx, next) => (withGuides.has(ctx) ? registration(ctx, next) : next());
}
