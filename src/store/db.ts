// The drizzle database every repository is built on.
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.ts';

/** With its connection, for the few writes drizzle's query builder makes slow (a seed's thousands of rows). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
