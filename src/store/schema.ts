// The store's tables. Districts, zones and companies share one `entities` row (slug, names, source)
// so that aliases and facts can point at any of them; each kind adds its own columns in its table.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  /** '' for a source without a title (an act known by its number, a page by its address). */
  title: text('title').notNull(),
  /** The publisher's name in English; the Russian and Kazakh names beside it. */
  publisher: text('publisher').notNull(),
  publisherRu: text('publisher_ru').notNull().default(''),
  publisherKk: text('publisher_kk').notNull().default(''),
  /** '' for an undated source, so that its facts sort oldest. */
  date: text('date').notNull(),
  datePrecision: text('date_precision', { enum: ['day', 'month', 'year'] }).notNull(),
  /** What an undated source's data run to (YYYY or YYYY-MM); '' when dated or not said. */
  dataTo: text('data_to').notNull().default(''),
  /** '' when the source's language is not known. */
  language: text('language', { enum: ['ru', 'kk', 'en', ''] }).notNull(),
  url: text('url'),
  seedFile: text('seed_file'),
});

export const entities = sqliteTable(
  'entities',
  {
    slug: text('slug').primaryKey(),
    kind: text('kind', { enum: ['district', 'zone', 'company'] }).notNull(),
    nameRu: text('name_ru').notNull(),
    nameKk: text('name_kk').notNull(),
    nameEn: text('name_en').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [index('entities_kind').on(t.kind)],
);

export const districts = sqliteTable('districts', {
  slug: text('slug')
    .primaryKey()
    .references(() => entities.slug, { onDelete: 'cascade' }),
  districtKind: text('district_kind', { enum: ['country', 'region', 'city', 'district'] }).notNull(),
  parentSlug: text('parent_slug'),
});

export const zones = sqliteTable('zones', {
  slug: text('slug')
    .primaryKey()
    .references(() => entities.slug, { onDelete: 'cascade' }),
  zoneKind: text('zone_kind', {
    enum: ['sez', 'industrial_zone', 'small_industrial_park', 'logistics', 'science_park', 'other'],
  }).notNull(),
  districtSlug: text('district_slug')
    .notNull()
    .references(() => districts.slug),
});

export const companies = sqliteTable('companies', {
  slug: text('slug')
    .primaryKey()
    .references(() => entities.slug, { onDelete: 'cascade' }),
  /** The zone the company is in, when the sources place it in one. */
  zoneSlug: text('zone_slug').references(() => zones.slug),
  /** The district it is in: its zone's district, or the place the sources give. */
  districtSlug: text('district_slug')
    .notNull()
    .references(() => districts.slug),
  sector: text('sector').notNull(),
  country: text('country'),
  /** The newest status fact, kept here so lists can filter without reading facts. */
  status: text('status'),
});

export const aliases = sqliteTable(
  'aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entitySlug: text('entity_slug')
      .notNull()
      .references(() => entities.slug, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    lang: text('lang', { enum: ['ru', 'kk', 'en'] }).notNull(),
    script: text('script', { enum: ['cyrl', 'latn', 'mixed'] }).notNull(),
    /** `alias`: another name for the entity; `keyword`: something it makes or is known for. */
    kind: text('kind', { enum: ['alias', 'keyword'] }).notNull(),
  },
  (t) => [uniqueIndex('aliases_key').on(t.entitySlug, t.kind, t.lang, t.text)],
);

export const facts = sqliteTable(
  'facts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entitySlug: text('entity_slug')
      .notNull()
      .references(() => entities.slug, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    /** Empty when the metric has one meaning; otherwise tells apart e.g. a plan from an actual figure. */
    scope: text('scope').notNull().default(''),
    valueNum: real('value_num'),
    valueText: text('value_text'),
    unit: text('unit').notNull(),
    currency: text('currency'),
    qualifier: text('qualifier').notNull().default('exact'),
    asOf: text('as_of').notNull(),
    noteRu: text('note_ru'),
    noteKk: text('note_kk'),
    noteEn: text('note_en'),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    uniqueIndex('facts_key').on(t.entitySlug, t.metric, t.scope, t.asOf, t.sourceId),
    index('facts_entity').on(t.entitySlug, t.metric),
  ],
);

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/** Everyone who has talked to the bot, with the language they chose (it wins over Telegram's). */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  firstName: text('first_name').notNull().default(''),
  username: text('username'),
  telegramLanguage: text('telegram_language'),
  /** kk, ru or en once the user picked one; until then the language follows Telegram's. */
  language: text('language', { enum: ['kk', 'ru', 'en'] }),
  firstSeen: text('first_seen').notNull(),
  lastSeen: text('last_seen').notNull(),
  /** The user turned the general news off (/unsubscribe). */
  newsOff: integer('news_off', { mode: 'boolean' }).notNull().default(false),
  /** When a send answered 403: the user blocked the bot, and is counted no more. */
  blockedAt: text('blocked_at'),
  /** First time the user wrote to the bot in a private chat: only they can be sent news. */
  startedAt: text('started_at'),
});

/** grammY session data by session key, as JSON. */
export const sessions = sqliteTable('sessions', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Searches that found nothing, for staff to fix the data: one row per normalized query. */
export const unanswered = sqliteTable('unanswered', {
  query: text('query').primaryKey(),
  /** The last spelling a user typed. */
  example: text('example').notNull(),
  count: integer('count').notNull().default(1),
  firstSeen: text('first_seen').notNull(),
  lastSeen: text('last_seen').notNull(),
  language: text('language'),
  /**
   * What the question was understood to ask, for staff to see what the data lacks: nothing the store
   * knows, something outside it, or a figure of `entity` that the sources do not give.
   */
  asked: text('asked', { enum: ['nothing', 'outside', 'figure'] }),
  entity: text('entity'),
  /** The measure asked (a metric), or `unsourced` for data no source gives (wages, prices). */
  measure: text('measure'),
});

/** State of the guided conversations (grammY conversations plugin), by chat. */
export const conversationState = sqliteTable('conversation_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** What a user last told each guide (investor, parks), to prefill an application. */
export const guideAnswers = sqliteTable(
  'guide_answers',
  {
    userId: integer('user_id').notNull(),
    guide: text('guide', { enum: ['invest', 'park'] }).notNull(),
    answers: text('answers').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.guide] })],
);

export const APPLICATION_STATUSES = ['new', 'taken', 'contacted', 'done', 'rejected'] as const;

/** Applications from investors and SME owners, for staff to follow up. */
export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** INV-2026-000042 */
    ref: text('ref').unique(),
    /** One submission per confirmation message, so a double tap cannot file twice. */
    submissionKey: text('submission_key').notNull().unique(),
    userId: integer('user_id').notNull(),
    chatId: integer('chat_id').notNull(),
    language: text('language', { enum: ['kk', 'ru', 'en'] }).notNull(),
    kind: text('kind', { enum: ['invest', 'park'] }).notNull(),
    name: text('name').notNull(),
    company: text('company'),
    contact: text('contact').notNull(),
    contactKind: text('contact_kind', { enum: ['phone', 'email'] }).notNull(),
    description: text('description').notNull(),
    zoneSlug: text('zone_slug'),
    /** The guide's answers (sector, place, land, investment) as JSON. */
    profile: text('profile'),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('new'),
    staffMessageId: integer('staff_message_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('applications_user').on(t.userId)],
);

/** Every status change of an application: who made it and when. */
export const applicationEvents = sqliteTable('application_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  applicationId: integer('application_id')
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' }),
  status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
  byUserId: integer('by_user_id').notNull(),
  at: text('at').notNull(),
});

/**
 * The staff chat's outbox: one row per application, written in the transaction that files it, and
 * drained by the bot (src/bot/staffOutbox.ts) until the post is in the staff chat. A row is never
 * given up: a chat that refuses posts is retried slowly and shown in /stats.
 */
export const staffPosts = sqliteTable(
  'staff_posts',
  {
    applicationId: integer('application_id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'posted'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Epoch milliseconds before which the row is not tried again. */
    nextAttemptAt: integer('next_attempt_at').notNull().default(0),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    postedAt: text('posted_at'),
  },
  (t) => [index('staff_posts_due').on(t.status, t.nextAttemptAt)],
);

/** Topics a user follows beyond the general news: `zone:<slug>`, `district:<slug>`, `sez`, `parks`. */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    userId: integer('user_id').notNull(),
    topic: text('topic').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] }), index('subscriptions_topic').on(t.topic)],
);

export const BROADCAST_STATUSES = ['queued', 'running', 'paused', 'cancelled', 'done'] as const;

/** A message to many users: its text (per language when staff wrote versions) and audience. */
export const broadcasts = sqliteTable('broadcasts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** JSON: { default: {text, entities?}, kk?: …, ru?: …, en?: … } */
  content: text('content').notNull(),
  /** all | topic:<topic> | lang:<kk|ru|en> */
  audience: text('audience').notNull(),
  status: text('status', { enum: BROADCAST_STATUSES }).notNull().default('queued'),
  createdBy: integer('created_by'),
  createdAt: text('created_at').notNull(),
  finishedAt: text('finished_at'),
  /** The staff member's progress message, edited while the broadcast runs. */
  progressChatId: integer('progress_chat_id'),
  progressMessageId: integer('progress_message_id'),
  /** How many times staff sent it again to the recipients it had failed to reach. */
  resends: integer('resends').notNull().default(0),
});

/**
 * Who may send broadcasts now: one sender at a time across processes (the bot, the command line),
 * so Telegram's limit is one budget. Held until `until` (epoch ms), renewed while it sends; a holder
 * killed without letting go loses it when it runs out.
 */
export const broadcastSender = sqliteTable('broadcast_sender', {
  /** Always 1: the one lease. */
  id: integer('id').primaryKey(),
  holder: text('holder').notNull(),
  until: integer('until').notNull(),
});

/** Staff granted by admins (admins themselves come from ADMIN_IDS). */
export const staffRoles = sqliteTable('staff_roles', {
  userId: integer('user_id').primaryKey(),
  grantedBy: integer('granted_by').notNull(),
  grantedAt: text('granted_at').notNull(),
});

/** `sending`: claimed by a worker until `leaseUntil`; a lease that ran out (a killed worker) is free again. */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'blocked', 'failed'] as const;

/** One row per (broadcast, recipient): the durable queue the broadcast worker drains. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    broadcastId: integer('broadcast_id')
      .notNull()
      .references(() => broadcasts.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull(),
    language: text('language', { enum: ['kk', 'ru', 'en'] }).notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Epoch milliseconds before which the row is not tried again. */
    nextAttemptAt: integer('next_attempt_at').notNull().default(0),
    /** Epoch milliseconds until which a worker that claimed the row is sending it. */
    leaseUntil: integer('lease_until').notNull().default(0),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    /**
     * Attempts whose outcome was never known (the sender stopped mid-send, the network failed): the
     * message may have arrived, so sending it again may give the recipient a second copy.
     */
    uncertain: integer('uncertain').notNull().default(0),
    /** How many times staff sent it again after it failed. */
    resends: integer('resends').notNull().default(0),
  },
  (t) => [
    uniqueIndex('deliveries_once').on(t.broadcastId, t.userId),
    index('deliveries_due').on(t.status, t.nextAttemptAt),
  ],
);

/** Searches a day, and how many found nothing, for /stats. */
export const searchDays = sqliteTable('search_days', {
  day: text('day').primaryKey(),
  searches: integer('searches').notNull().default(0),
  misses: integer('misses').notNull().default(0),
});
