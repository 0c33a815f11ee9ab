import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';

/** What the app needs from the outside; tests build it with an in-memory database. */
export interface AppDeps {
  db: Db;
  config: Config;
  log: (msg: string, err?: unknown) => void;
}
