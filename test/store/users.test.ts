// Recording users: the first sight creates the row; a user seen again within a minute with nothing
// changed costs no write; a new name, a later visit or a
// return after blocking the bot is written, and what the bot itself changes is seen at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { markBlocked } from '../../src/broadcast/queue.ts';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers.ts';

let store: Store;
let cleanup: () => void;
beforeEach(() => {
  const dir = tempDir();
  cleanup = dir.cleanup;
  store = openStore(join(dir.dir, 'users.db'));
});
afterEach(() => {
  store.close();
  cleanup();
});

const t0 = new Date('2026-11-25T10:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const changes = () => (store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

describe('touchUser', () => {
  it('creates the user on first sight, started in a private chat', () => {
    const row = store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, t0);
    expect(row).toMatchObject({
      id: 7,
      firstName: 'Ержан',
      telegramLanguage: 'kk',
      firstSeen: t0.toISOString(),
      lastSeen: t0.toISOString(),
      startedAt: t0.toISOString(),
      blockedAt: null,
    });
  });

  it('writes nothing for a user seen again within a minute with nothing changed', () => {
    store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, t0);
    const before = changes();
    const row = store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, later(30_000));
    expect(changes()).toBe(before);
    expect(row.lastSeen).toBe(t0.toISOString());
  });

  it('writes a visit a minute later, a new name or language at once', () => {
    store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, t0);
    expect(store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, later(61_000)).lastSeen).toBe(
      later(61_000).toISOString(),
    );
    expect(store.repos.users.touch({ id: 7, first_name: 'Erzhan', language_code: 'kk' }, later(62_000)).firstName).toBe(
      'Erzhan',
    );
    expect(
      store.repos.users.touch({ id: 7, first_name: 'Erzhan', username: 'erzh', language_code: 'ru' }, later(63_000)),
    ).toMatchObject({ username: 'erzh', telegramLanguage: 'ru' });
  });

  it('unblocks at once a user who writes again after blocking the bot, and starts one first seen in a group', () => {
    store.repos.users.touch({ id: 7, first_name: 'Ержан' }, t0);
    store.repos.users.markBlocked(7, later(1000));
    expect(store.repos.users.touch({ id: 7, first_name: 'Ержан' }, later(2000)).blockedAt).toBeNull();
    expect(store.repos.users.touch({ id: 8, first_name: 'Айгерим' }, t0, false).startedAt).toBeNull();
    expect(store.repos.users.touch({ id: 8, first_name: 'Айгерим' }, later(1000), true).startedAt).toBe(
      later(1000).toISOString(),
    );
  });

  it('sees at once what the bot itself changed', () => {
    store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, t0);
    store.repos.users.setLanguage(7, 'ru');
    expect(store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, later(1000)).language).toBe(
      'ru',
    );
    store.repos.users.setNews(7, false);
    expect(store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, later(2000)).newsOff).toBe(
      true,
    );
    // A broadcast finds the user has blocked the bot; they come back and write: unblocked at once.
    markBlocked(store.db, 1, 7, 'Forbidden', later(3000));
    expect(
      store.repos.users.touch({ id: 7, first_name: 'Ержан', language_code: 'kk' }, later(4000)).blockedAt,
    ).toBeNull();
  });

  it('sees at once a change by another process', () => {
    store.repos.users.touch({ id: 7, first_name: 'Ержан' }, t0);
    const other = new Database(store.sqlite.name);
    other.prepare('update users set blocked_at = ? where id = 7').run(later(1000).toISOString());
    other.close();
    // The user writes again in private: they have unblocked the bot, whatever the other process saw.
    expect(store.repos.users.touch({ id: 7, first_name: 'Ержан' }, later(30_000)).blockedAt).toBeNull();
    expect(store.sqlite.prepare('select blocked_at from users where id = 7').pluck().get()).toBeNull();
  });
});
