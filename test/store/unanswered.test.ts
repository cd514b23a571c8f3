// Queries that found nothing are kept for staff with contacts masked, and only for a set time.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open.ts';
import { UNANSWERED_DAYS } from '../../src/store/unanswered.ts';
import { tempDir } from '../helpers.ts';

let store: Store;
let cleanup: () => void;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  store = openStore(join(dir, 'unanswered.db'));
});
afterEach(() => {
  store.close();
  cleanup();
});

const rows = () =>
  store.sqlite.prepare('select query, example, count, first_seen, last_seen from unanswered order by query').all();
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe('unanswered queries', () => {
  it('are stored with phones, e-mails and handles masked, in the key and the example', () => {
    const typed = 'Ерлан +7 701 555 01 99 erlan.secret@mail.kz @erlan_invest';
    store.repos.searches.logUnanswered(typed, typed, 'ru', { asked: 'nothing' }, day(0));
    store.repos.searches.logUnanswered('+7 (701) 555-01-99', '+7 (701) 555-01-99', 'ru', { asked: 'nothing' }, day(0));
    expect(rows()).toEqual([
      {
        query: 'ерлан',
        example: 'Ерлан +• ••• ••• •• •• •••@••• @•••',
        count: 1,
        first_seen: day(0).toISOString(),
        last_seen: day(0).toISOString(),
      },
    ]);
    expect(JSON.stringify(store.repos.stats.collect())).not.toMatch(/701|555|erlan\.secret|erlan_invest/);
  });

  it(`are forgotten ${UNANSWERED_DAYS} days after they were last typed`, () => {
    const { searches } = store.repos;
    searches.logUnanswered('погода', 'погода', 'ru', { asked: 'nothing' }, day(0));
    searches.logUnanswered('курс доллара', 'курс доллара', 'ru', { asked: 'nothing' }, day(0));
    searches.logUnanswered('курс доллара', 'курс доллара', 'ru', { asked: 'nothing' }, day(50));
    searches.logUnanswered('такси', 'такси', 'ru', { asked: 'nothing' }, day(UNANSWERED_DAYS + 1));
    expect(rows().map((r) => (r as { query: string }).query)).toEqual(['курс доллара', 'такси']);
    // A quiet bot forgets them at its next start.
    store.repos.searches.tidy(day(50 + UNANSWERED_DAYS + 1));
    expect(rows().map((r) => (r as { query: string }).query)).toEqual(['такси']);
  });

  it('logged before masking are masked at start, merged with the row of their masked key', () => {
    const insert = store.sqlite.prepare(
      'insert into unanswered (query, example, count, first_seen, last_seen, language) values (?, ?, ?, ?, ?, ?)',
    );
    insert.run('цех 87015550199', 'Цех 87015550199', 2, day(1).toISOString(), day(3).toISOString(), 'ru');
    insert.run('цех', 'цех', 1, day(2).toISOString(), day(2).toISOString(), 'ru');
    insert.run('87015550199', '87015550199', 1, day(2).toISOString(), day(2).toISOString(), 'ru');
    insert.run(
      'ерлан erlan secret mail kz',
      'Ерлан erlan.secret@mail.kz',
      1,
      day(2).toISOString(),
      day(2).toISOString(),
      'ru',
    );
    store.repos.searches.tidy(day(4));
    expect(rows()).toEqual([
      {
        query: 'ерлан',
        example: 'Ерлан •••@•••',
        count: 1,
        first_seen: day(2).toISOString(),
        last_seen: day(2).toISOString(),
      },
      { query: 'цех', example: 'цех', count: 3, first_seen: day(1).toISOString(), last_seen: day(3).toISOString() },
    ]);
  });
});
