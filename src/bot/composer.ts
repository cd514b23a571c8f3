// The composer the bot's middleware and features are built on: grammY's Composer with its API and
// meaning (middleware in order, `next` once, filters and branches), run differently. grammY nests two
// async functions per middleware and builds a new Composer for every filter on every update; with
// the bot's forty-odd commands, buttons and filters that was most of a search's garbage, and the
// in-flight updates' promise chains were what the garbage collector copied (npm run bench: about a
// fifth more updates a second with this one). Here middleware runs from an array, and a filter is
// decided with one call.
import { Composer, type Context, type Middleware, type MiddlewareFn } from 'grammy';

type MaybePromise<T> = T | Promise<T>;
type MaybeArray<T> = T | T[];

const DONE = Promise.resolve();
const pass: MiddlewareFn<Context> = (_ctx, next) => next();

export class FeatureComposer<C extends Context> extends Composer<C> {
  private readonly chain: Array<MiddlewareFn<C>>;
  private readonly run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.chain = middleware.map(flatten);
    this.run = runChain(this.chain);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new FeatureComposer(...middleware);
    this.chain.push(flatten(composer));
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): Composer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): Composer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new FeatureComposer(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  override branch(predicate: (ctx: C) => MaybePromise<boolean>, trueMiddleware: MaybeArray<Middleware<C>>, falseMiddleware: MaybeArray<Middleware<C>>): Composer<C> {
    const yes = flattenAll(trueMiddleware);
    const no = flattenAll(falseMiddleware);
    return this.use((ctx, next) => {
      const decided = predicate(ctx);
      return decided instanceof Promise ? decided.then((ok) => (ok ? yes : no)(ctx, next)) : (decided ? yes : no)(ctx, next);
    });
  }
}

/** A composer's middleware, read when it runs: more may be added to it after it is used. */
function flatten<C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> {
  return typeof middleware === 'function' ? middleware : (ctx, next) => middleware.middleware()(ctx, next);
}

function flattenAll<C extends Context>(middleware: MaybeArray<Middleware<C>>): MiddlewareFn<C> {
  return Array.isArray(middleware) ? new FeatureComposer(...middleware).middleware() : flatten(middleware);
}

/** Runs the chain as it is at call time; each middleware's `next` may be called once. */
function runChain<C extends Context>(chain: Array<MiddlewareFn<C>>): MiddlewareFn<C> {
  return (ctx, last) => step(chain, 0, ctx, last);
}

// Closures made per update are passed inline: under tsx (keepNames) a named one is renamed on
// every call, which costs more than the call.
function step<C extends Context>(chain: Array<MiddlewareFn<C>>, i: number, ctx: C, last: () => Promise<void>): MaybePromise<unknown> {
  const middleware = chain[i];
  if (middleware === undefined) return last();
  let called = false;
  return middleware(ctx, () => {
    if (called) throw new Error('`next` already called before!');
    called = true;
    const result = step(chain, i + 1, ctx, last);
    return result instanceof Promise ? (result as Promise<void>) : DONE;
  });
}
