// A user's topics: kept in memory once read (every card shows whether its topic is followed), and
// up to date after every follow and unfollow.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { toggleTopic, topicsOf } from '../../src/store/subscriptions.ts';
import { touchUser } from '../../src/store/users.ts';
import { tempDir } from '../helpers.ts';

let store: Store;
let cleanup: () => void;
beforeEach(() => {
  const dir = tempDir();
  cleanup = dir.cleanup;
  store = openStore(join(dir.dir, 'subscriptions.db'));
  touchUser(store.db, { id: 7, first_name: 'Ержан' });
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('topicsOf', () => {
  it('follows every follow and unfollow', () => {
    expect(topicsOf(store.db, 7)).toEqual([]);
    expect(toggleTopic(store.db, 7, 'zone:shelek')).toBe(true);
    expect(topicsOf(store.db, 7)).toEqual(['zone:shelek']);
    expect(toggleTopic(store.db, 7, 'sez')).toBe(true);
    expect([...topicsOf(store.db, 7)].sort()).toEqual(['sez', 'zone:shelek']);
    expect(toggleTopic(store.db, 7, 'zone:shelek')).toBe(false);
    expect(topicsOf(store.db, 7)).toEqual(['sez']);
    expect(store.sqlite.prepare('select topic from subscriptions where user_id = 7').pluck().all()).toEqual(['sez']);
  });
});
