// Figures for staff (/stats): users, searches that found nothing, applications, subscribers, broadcasts.
import { desc, gte, isNotNull, sql } from 'drizzle-orm';
import { progress, type Progress } from '../broadcast/queue.ts';
import type { Db } from './db.ts';
import { applications, broadcasts, searchDays, subscriptions, unanswered, users } from './schema.ts';

function searchTotals(db: Db, now: Date): { searches7: number; searches30: number; misses30: number } {
  const day = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const sum = (days: number) =>
    db
      .select({
        s: sql<number>`coalesce(sum(${searchDays.searches}), 0)`,
        m: sql<number>`coalesce(sum(${searchDays.misses}), 0)`,
      })
      .from(searchDays)
      .where(gte(searchDays.day, day(days)))
      .get() ?? { s: 0, m: 0 };
  return { searches7: sum(7).s, searches30: sum(30).s, misses30: sum(30).m };
}

export interface Stats {
  users: number;
  byLanguage: Record<string, number>;
  active7: number;
  active30: number;
  newsOff: number;
  blocked: number;
  /** Searches in the last 7 and 30 days, and how many of them found nothing. */
  searches7: number;
  searches30: number;
  misses30: number;
  unansweredTotal: number;
  topUnanswered: Array<{ query: string; count: number; entity: string | null; measure: string | null }>;
  /** The measures asked that the data lacks, of an entity or of none, most asked first. */
  lacking: Array<{ measure: string; entity: string | null; count: number }>;
  applications: Record<string, number>;
  subscribers: Record<string, number>;
  broadcasts: Array<{ id: number; status: string; audience: string } & Progress>;
}

export function collectStats(db: Db, now = new Date()): Stats {
  const day = 24 * 3600 * 1000;
  const since = (days: number) => new Date(now.getTime() - days * day).toISOString();
  const count = (where?: ReturnType<typeof gte>) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(where)
      .get()?.n ?? 0;
  const byLanguage: Record<string, number> = {};
  for (const r of db
    .select({
      lang: sql<string>`coalesce(${users.language}, case when ${users.telegramLanguage} like 'kk%' then 'kk' when ${users.telegramLanguage} like 'ru%' then 'ru' else 'en' end)`,
      n: sql<number>`count(*)`,
    })
    .from(users)
    .groupBy(sql`1`)
    .all())
    byLanguage[r.lang] = r.n;
  const apps: Record<string, number> = {};
  for (const r of db
    .select({ s: applications.status, n: sql<number>`count(*)` })
    .from(applications)
    .groupBy(applications.status)
    .all())
    apps[r.s] = r.n;
  const subs: Record<string, number> = {};
  for (const r of db
    .select({ t: subscriptions.topic, n: sql<number>`count(*)` })
    .from(subscriptions)
    .groupBy(subscriptions.topic)
    .all())
    subs[r.t] = r.n;
  return {
    users: count(),
    byLanguage,
    active7: count(gte(users.lastSeen, since(7))),
    active30: count(gte(users.lastSeen, since(30))),
    newsOff: count(sql`${users.newsOff} = 1`),
    blocked: count(sql`${users.blockedAt} is not null`),
    ...searchTotals(db, now),
    unansweredTotal:
      db
        .select({ n: sql<number>`coalesce(sum(${unanswered.count}), 0)` })
        .from(unanswered)
        .get()?.n ?? 0,
    topUnanswered: db
      .select({
        query: unanswered.example,
        count: unanswered.count,
        entity: unanswered.entity,
        measure: unanswered.measure,
      })
      .from(unanswered)
      .orderBy(desc(unanswered.count), desc(unanswered.lastSeen))
      .limit(5)
      .all(),
    lacking: db
      .select({
        measure: sql<string>`${unanswered.measure}`,
        entity: unanswered.entity,
        count: sql<number>`sum(${unanswered.count})`,
      })
      .from(unanswered)
      .where(isNotNull(unanswered.measure))
      .groupBy(unanswered.measure, unanswered.entity)
      .orderBy(desc(sql`3`))
      .limit(5)
      .all(),
    applications: apps,
    subscribers: subs,
    broadcasts: db
      .select({ id: broadcasts.id, status: broadcasts.status, audience: broadcasts.audience })
      .from(broadcasts)
      .orderBy(desc(broadcasts.id))
      .limit(5)
      .all()
      .map((b) => ({ ...b, ...progress(db, b.id) })),
  };
}
