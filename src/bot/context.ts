// The Context every handler sees: grammY's, plus the plugins' flavors, plus our dependencies.
import type { CommandsFlavor } from '@grammyjs/commands';
import type { ConversationFlavor } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context, LazySessionFlavor } from 'grammy';
import type { Logger } from 'pino';
import type { ContactRecord, Lang } from '../dataset/schema.ts';
import type { Catalogue } from '../store/catalogue.ts';
import type { TopicIndex } from '../understand/topics.ts';
import type { ImportHold } from '../store/imports.ts';
import type { Store } from '../store/open.ts';
import type { Repositories } from '../store/repositories.ts';
import type { UserRow } from '../store/users.ts';

/** Per-chat state kept in the store between updates. */
export interface SessionData {
  /** Zones picked for a side-by-side comparison (at most three). */
  compare?: string[];
  /** A dataset file a staff member sent, shown as a difference and waiting for Apply. */
  pendingImport?: {
    name: string;
    fileId: string;
    /** The difference shown (its digest), to check it still holds. */ shown: string;
  };
  /**
   * Answers the guide's current question could not read (kept here, not in the guide's state, which
   * drops them); `cutAt` is the date of the last part of a text Telegram cut into parts.
   */
  wrongAnswers?: { question: string; count: number; cutAt?: number };
}

export interface UpdateEvent {
  updateId: number;
  kind: string;
  ms: number;
  outcome: 'ok' | 'error';
}

export type TranslateTo = (lang: Lang, key: string, vars?: Record<string, string | number>) => string;

/** The catalogue (search index, entities by slug) is replaced whenever the data changes. */
export interface BotDeps extends Catalogue {
  store: Store;
  repos: Repositories;
  logger: Logger;
  /** Told about every update once it is handled (the offline chat and tests wait on it). */
  observe?: (event: UpdateEvent) => void;
  /** Where applications are posted for staff (STAFF_CHAT_ID). */
  staffChatId?: number;
  /** The staff chat's outbox, told when an application has been filed. */
  staffPosts: { wake(): void };
  /** The conditions and procedures of the regime the bot answers from (db/seed/topics.yaml). */
  topics: TopicIndex;
  /** Whom investors contact, named on cards (db/seed/contacts.yaml). */
  contacts: readonly ContactRecord[];
  /** Users allowed to act on applications besides the staff chat (ADMIN_IDS). */
  adminIds: number[];
  /** The address of a file Telegram keeps (from getFile), to download it. */
  fileUrl: (filePath: string) => string;
  /** A string of the locale files in a given language, for messages to someone other than the sender. */
  translate: TranslateTo;
  /** Holds staff imports midway (tests of what others get meanwhile). */
  importHold?: ImportHold;
}

export type BotContext = ConversationFlavor<
  Context &
    I18nFlavor &
    CommandsFlavor &
    // Lazy: the session is read only by the updates that use it (a search does not).
    LazySessionFlavor<SessionData> & {
      deps: BotDeps;
      user: UserRow | undefined;
      /** The language the bot speaks to this user. */
      lang: Lang;
    }
>;
