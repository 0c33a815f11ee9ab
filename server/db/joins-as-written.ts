import type { Executor } from './database.ts';
import { sql } from './sql.ts';

/**
 * Runs `work` with DuckDB's join reordering off, so that each hash join builds its table on the side
 * written on its right. For statements over input DuckDB cannot estimate (rows written in the open
 * transaction count as none; filters and unnest are guesses): there a wrong guess builds the hash table
 * on millions of rows instead of thousands. A statement failing inside a transaction leaves the
 * setting on (the aborted transaction refuses the reset, and the work's own error is the one to see):
 * the owner of the transaction calls resetJoinOrder once it has ended.
 */
export async function withJoinsAsWritten<T>(ex: Executor, work: () => Promise<T>): Promise<T> {
  await ex.run(sql`set disabled_optimizers = 'join_order,build_side_probe_side'`);
  try {
    return await work();
  } finally {
    await resetJoinOrder(ex).catch(() => undefined);
  }
}

export const resetJoinOrder = (ex: Executor): Promise<void> => ex.run(sql`reset disabled_optimizers`);
