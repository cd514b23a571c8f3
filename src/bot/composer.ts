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

/** A filter's middleware with its predicate, so that a filter that does not match costs one call. */
interface Guarded<C extends Context> {
  when: (ctx: C) => MaybePromise<boolean>;
  run: MiddlewareFn<C>;
}
type Entry<C extends Context> = MiddlewareFn<C> | Guarded<C>;

export class FeatureComposer<C extends Context> extends Composer<C> {
  private readonly chain: Array<Entry<C>>;
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
    this.chain.push({ when: predicate, run: flatten(composer) });
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
function runChain<C extends Context>(chain: Array<Entry<C>>): MiddlewareFn<C> {
  return (ctx, last) => step(chain, 0, ctx, last);
}

// Closures made per update are passed inline: under tsx (keepNames) a named one is renamed on
// every call, which costs more than the call.
function step<C extends Context>(chain: Array<Entry<C>>, from: number, ctx: C, last: () => Promise<void>): MaybePromise<unknown> {
  for (let i = from; i < chain.length; i++) {
    const entry = chain[i]!;
    if (typeof entry === 'function') return call(entry, chain, i, ctx, last);
    const wanted = entry.when(ctx);
    if (wanted instanceof Promise) return wanted.then((ok) => (ok ? call(entry.run, chain, i, ctx, last) : step(chain, i + 1, ctx, last)));
    if (wanted) return call(entry.run, chain, i, ctx, last);
    // A filter that does not match: on to the next entry, nothing made.
  }
  return last();
}

function call<C extends Context>(middleware: MiddlewareFn<C>, chain: Array<Entry<C>>, i: number, ctx: C, last: () => Promise<void>): MaybePromise<unknown> {
  let called = false;
  return middleware(ctx, () => {
    if (called) throw new Error('`next` already called before!');
    called = true;
    const result = step(chain, i + 1, ctx, last);
    return result instanceof Promise ? (result as Promise<void>) : DONE;
  });
}
