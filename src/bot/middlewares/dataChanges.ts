// Data changed by another process (npm run db:seed, data:import) reaches search and cards with the next update.
import type { MiddlewareFn } from 'grammy';
import { watchCatalogue } from '../../store/catalogue.ts';
import type { BotContext, BotDeps } from '../context.ts';

export function followDataChanges(deps: BotDeps): MiddlewareFn<BotContext> {
  const watch = watchCatalogue(deps.store, () => deps);
  return (_ctx, next) => {
    const fresh = watch.changed();
    if (fresh) {
      Object.assign(deps, fresh);
      deps.logger.info({ entities: fresh.refs.size }, 'the data changed: search and cards read it anew');
    }
    return next();
  };
}
