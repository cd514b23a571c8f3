// The store's repositories, built once per database: each owns its queries and prepared statements.
import { ApplicationRepository } from './applications.ts';
import { CardRepository } from './cards.ts';
import type { Db } from './db.ts';
import { GuideRepository } from './guide.ts';
import { StaffRepository } from './staff.ts';
import { collectStats } from './stats.ts';
import { SubscriptionRepository } from './subscriptions.ts';
import { SearchLogRepository } from './unanswered.ts';
import { UserRepository } from './users.ts';

export interface Repositories {
  users: UserRepository;
  subscriptions: SubscriptionRepository;
  applications: ApplicationRepository;
  staff: StaffRepository;
  searches: SearchLogRepository;
  cards: CardRepository;
  guides: GuideRepository;
  stats: { collect: (now?: Date) => ReturnType<typeof collectStats> };
}

export function createRepositories(db: Db): Repositories {
  const cards = new CardRepository(db);
  return {
    users: new UserRepository(db),
    subscriptions: new SubscriptionRepository(db),
    applications: new ApplicationRepository(db),
    staff: new StaffRepository(db),
    searches: new SearchLogRepository(db),
    cards,
    guides: new GuideRepository(db, cards),
    stats: { collect: (now) => collectStats(db, now) },
  };
}
