// The staff chat's outbox in the store: an application filed once has one row, and applications
// filed before the outbox existed are queued by its migration when they never reached the chat.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { MIGRATIONS_DIR } from '../../src/store/paths.ts';
import { tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const application = (key: string) => ({
  submissionKey: key,
  userId: 5,
  chatId: 5,
  language: 'ru' as const,
  kind: 'invest' as const,
  name: 'Дана',
  company: null,
  contact: 'dana@example.kz',
  contactKind: 'email' as const,
  description: 'Цех полимерной тары',
  zoneSlug: null,
  profile: null,
});

describe('the staff chat outbox', () => {
  it('gets one row per application, however often it is filed', () => {
    const store = openStore(join(tmp.dir, 'once.db'), { seed: false });
    try {
      const first = store.repos.applications.file(application('1:10'));
      const again = store.repos.applications.file(application('1:10'));
      expect(again).toEqual({ application: first.application, created: false });
      expect(store.repos.applications.duePosts(Date.now(), 10)).toEqual([
        { application: first.application, attempts: 0 },
      ]);
      expect(store.repos.applications.unposted()).toMatchObject({ count: 1, lastError: null });
    } finally {
      store.close();
    }
  });

  it('queues, on migration, the applications filed before it that never reached the staff chat', () => {
    // The migrations as they were before the outbox.
    const old = join(tmp.dir, 'migrations');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    const at = journal.entries.findIndex((e) => e.tag === '0005_staff_outbox');
    expect(at).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
    const path = join(tmp.dir, 'upgrade.db');
    const sqlite = new Database(path);
    migrate(drizzle(sqlite), { migrationsFolder: old });
    const insert = sqlite.prepare(
      `INSERT INTO applications (ref, submission_key, user_id, chat_id, language, kind, name, contact, contact_kind,
        description, status, staff_message_id, created_at, updated_at)
       VALUES (?, ?, 5, 5, 'ru', 'invest', 'Дана', '+77010000000', 'phone', 'Цех', 'new', ?, ?, ?)`,
    );
    insert.run('INV-2026-000001', 'a', 77, '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
    insert.run('INV-2026-000002', 'b', null, '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z');
    sqlite.close();

    const store = openStore(path, { seed: false });
    try {
      expect(store.sqlite.prepare('SELECT application_id, status, posted_at FROM staff_posts').all()).toEqual([
        { application_id: 1, status: 'posted', posted_at: '2026-01-02T00:00:00.000Z' },
        { application_id: 2, status: 'pending', posted_at: null },
      ]);
      expect(store.repos.applications.unposted()).toEqual({
        count: 1,
        oldest: '2026-01-03T00:00:00.000Z',
        lastError: null,
      });
    } finally {
      store.close();
    }
  });
});
