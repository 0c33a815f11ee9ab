import fs from 'node:fs';
import type { Db, Executor } from '../server/db/database.ts';
import type { Sql } from '../server/db/sql.ts';
import { cpu } from './cpu-seconds.ts';

/** One statement of a traced ingest: when it began, its wall and CPU time, and what it ran. */
export interface TracedStatement {
  at: number;
  ms: number;
  cpu: number;
  query: Sql;
}

/**
 * Wraps the database's transactions (the ingest's statements before, inside and after) so each statement
 * is recorded in `log`, and with `dumpSql` its full text and parameters appended to that file.
 */
export function traceTransactions(db: Db, log: TracedStatement[], dumpSql = ''): void {
  const transaction = db.transaction.bind(db);
  const time =
    <T>(fn: (q: Sql) => Promise<T>) =>
    async (q: Sql) => {
      const [t, c] = [performance.now(), cpu()];
      const r = await fn(q);
      if (dumpSql)
        fs.appendFileSync(
          dumpSql,
          `-- ${(performance.now() - t).toFixed(0)} ms\n${q.text}\n-- ${JSON.stringify(q.params, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}\n\n`,
        );
      log.push({ at: t, ms: performance.now() - t, cpu: cpu() - c, query: q });
      return r;
    };
  const wrap = (tx: Executor): Executor => ({
    run: time((q) => tx.run(q)),
    all: time((q) => tx.all(q)) as Executor['all'],
  });
  db.transaction = (fn, around = {}) =>
    transaction((tx, c) => fn(wrap(tx), c), {
      before: async (tx, c) => around.before?.(wrap(tx), c),
      after: async (tx) => around.after?.(wrap(tx)),
    });
}
