// The Context every handler sees: grammY's, plus i18n and session flavors, plus our dependencies.
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context, SessionFlavor } from 'grammy';
import type { Logger } from 'pino';
import type { Lang } from '../dataset/schema.ts';
import type { SearchIndex } from '../search/index.ts';
import type { EntityRef } from '../cards/types.ts';
import type { Store } from '../store/open.ts';
import type { UserRow } from '../store/users.ts';

/** Per-chat state kept in the store between updates; the guided conversations keep theirs here. */
export type SessionData = Record<string, never>;

export interface UpdateEvent {
  updateId: number;
  kind: string;
  ms: number;
  outcome: 'ok' | 'error';
}

export interface BotDeps {
  store: Store;
  index: SearchIndex;
  /** Every entity by slug, with its parent, read once at start. */
  refs: Map<string, EntityRef & { parent: string | null }>;
  logger: Logger;
  /** Told about every update once it is handled (the offline chat and tests wait on it). */
  observe?: (event: UpdateEvent) => void;
}

export type BotContext = Context &
  I18nFlavor &
  SessionFlavor<SessionData> & {
    deps: BotDeps;
    user: UserRow | undefined;
    /** The language the bot speaks to this user. */
    lang: Lang;
  };
