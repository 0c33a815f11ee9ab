import type { DuckDBConnection } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

const EVERY_MS = 200;

/** Lets the connection report query progress without printing it (DuckDB's own bar stays off). */
export async function enableQueryProgress(tx: Executor): Promise<void> {
  await tx.run(sql`set enable_progress_bar = true`);
  await tx.run(sql`set enable_progress_bar_print = false`);
}

/** Runs work while polling the connection's query progress (0..1); DuckDB works on its own threads. */
export async function withQueryProgress<T>(
  connection: DuckDBConnection,
  onFraction: (f: number) => void,
  work: () => Promise<T>,
): Promise<T> {
  const timer = setInterval(() => {
    const p = connection.progress.percentage;
    if (p >= 0) onFraction(Math.min(1, p / 100));
  }, EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
