// A user's topics: up to date after every follow and unfollow, in the store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { tempDir } from '../helpers.ts';

let store: Store;
let cleanup: () => void;
beforeEach(() => {
  const dir = tempDir();
  cleanup = dir.cleanup;
  store = openStore(join(dir.dir, 'subscriptions.db'));
  store.repos.users.touch({ id: 7, first_name: 'Ержан' });
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('topicsOf', () => {
  it('follows every follow and unfollow', () => {
    const subscriptions = store.repos.subscriptions;
    expect(subscriptions.topicsOf(7)).toEqual([]);
    expect(subscriptions.toggle(7, 'zone:shelek')).toBe(true);
    expect(subscriptions.topicsOf(7)).toEqual(['zone:shelek']);
    expect(subscriptions.toggle(7, 'sez')).toBe(true);
    expect([...subscriptions.topicsOf(7)].sort()).toEqual(['sez', 'zone:shelek']);
    expect(subscriptions.toggle(7, 'zone:shelek')).toBe(false);
    expect(subscriptions.topicsOf(7)).toEqual(['sez']);
    expect(store.sqlite.prepare('select topic from subscriptions where user_id = 7').pluck().all()).toEqual(['sez']);
  });
});
