import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.ts';
import { cliConfig } from './cli-config.ts';
import { CliError } from './cli-error.ts';

/**
 * Opens the database, brings its schema up to date, runs fn and closes it again.
 * With mustExist, a mistyped --db fails instead of silently creating an empty database.
 */
export async function withDb<T>(
  dbPath: string | undefined,
  fn: (db: Db) => Promise<T>,
  options: { mustExist?: boolean } = {},
): Promise<T> {
  const config = cliConfig({ ICSB_DB: dbPath });
  const file = config.ICSB_DB;
  if (options.mustExist && file !== ':memory:' && !fs.existsSync(file))
    throw new CliError(
      `No database at ${path.resolve(file)}. Check --db, or create one by starting the server (icsb serve).`,
    );
  // DuckDB's native module loads on use, keeping --help quick.
  const [{ Db, dbOptionsFrom }, { migrate }] = await Promise.all([
    import('../db/database.ts'),
    import('../db/migrate.ts'),
  ]);
  const db = await Db.open(dbOptionsFrom(config));
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    db.close();
  }
}
