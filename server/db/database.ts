import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Config } from '../config.ts';
import { timedQuery } from './request-scope.ts';
import { fetchAll, rowObjects } from './row-objects.ts';
import type { Sql } from './sql.ts';

export interface DbOptions {
  /** File path, or ':memory:' for tests. */
  path: string;
  threads: number;
  memoryLimit: string;
  /** Cap on queries running at once, so DuckDB work never starves the libuv pool. */
  maxConcurrent: number;
}

export type Row = Record<string, unknown>;

/** The database settings a process takes from its configuration. */
export const dbOptionsFrom = (config: Config): DbOptions => ({
  path: config.ICSB_DB,
  threads: config.ICSB_DB_THREADS,
  memoryLimit: config.ICSB_DB_MEMORY,
  maxConcurrent: config.ICSB_DB_MAX_CONCURRENT,
});

/** Runs statements on one connection; used inside a transaction. */
export interface Executor {
  all<T extends Row>(q: Sql): Promise<T[]>;
  run(q: Sql): Promise<void>;
}

/** Work on a transaction's connection just before it begins and just after it ends. */
export interface TransactionAround {
  before?(ex: Executor, connection: DuckDBConnection): Promise<void>;
  after?(ex: Executor): Promise<void>;
}

/** The one DuckDB instance a process owns: a small pool of connections behind a concurrency cap. */
export class Db implements Executor {
  private constructor(
    readonly instance: DuckDBInstance,
    private readonly pool: DuckDBConnection[],
    private readonly limit: LimitFunction,
    readonly options: DbOptions,
  ) {
    this.free = pool.map((_, i) => i);
  }

  static async open(options: DbOptions): Promise<Db> {
    if (options.path !== ':memory:')
      fs.mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
    const instance = await DuckDBInstance.create(options.path, {
      threads: String(options.threads),
      memory_limit: options.memoryLimit,
    });
    const pool: DuckDBConnection[] = [];
    for (let i = 0; i < options.maxConcurrent; i++) pool.push(await instance.connect());
    return new Db(instance, pool, pLimit(options.maxConcurrent), options);
  }

  private free: number[];
  private changed = 0;

  /**
   * Bumped by every committed transaction and by markChanged(): a cheap "may the data have changed
   * since", for caches of answers and of facts about the data.
   */
  get changes(): number {
    return this.changed;
  }

  /** Records a change made outside a transaction (an API write through plain statements). */
  markChanged(): void {
    this.changed++;
  }

  private async withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.limit(async () => {
      // The limiter admits at most pool.length callers, so a free connection always exists here.
      const index = this.free.pop() as number;
      try {
        return await fn(this.pool[index] as DuckDBConnection);
      } finally {
        this.free.push(index);
      }
    });
  }

  all<T extends Row>(q: Sql): Promise<T[]> {
    return this.withConnection((c) => readRows<T>(c, q));
  }

  run(q: Sql): Promise<void> {
    return this.withConnection(async (c) => {
      await exec(c, q);
    });
  }

  /**
   * All or nothing: fn's statements commit together or roll back together. The raw connection is
   * there for bulk loads, whose appenders then write inside the same transaction. `around.before` runs
   * on the same connection before the transaction begins (work whose temporary tables must be committed,
   * such as a staged file), `around.after` once it has ended, committed or not.
   */
  transaction<T>(
    fn: (tx: Executor, connection: DuckDBConnection) => Promise<T>,
    around: TransactionAround = {},
  ): Promise<T> {
    return this.withConnection(async (c) => {
      const tx: Executor = {
        all: <R extends Row>(q: Sql) => readRows<R>(c, q),
        run: async (q: Sql) => {
          await exec(c, q);
        },
      };
      try {
        await around.before?.(tx, c);
        await c.run('begin transaction');
        try {
          const result = await fn(tx, c);
          await c.run('commit');
          this.changed++;
          return result;
        } catch (err) {
          await c.run('rollback');
          throw err;
        }
      } finally {
        await around.after?.(tx);
      }
    });
  }

  /** Gives a dedicated connection (for the appender in bulk loads) under the same cap. */
  withRawConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.withConnection(fn);
  }

  close(): void {
    for (const c of this.pool) c.closeSync();
    this.pool.length = 0;
    this.instance.closeSync();
  }
}

// Unparameterised text runs unprepared, which lets a migration hold several statements.
function bound(q: Sql): never {
  return (q.params.length > 0 ? q.params : undefined) as never;
}

async function exec(c: DuckDBConnection, q: Sql): Promise<void> {
  await timedQuery(() => c.run(q.text, bound(q)));
}

// The rows getRowObjectsJS would give, converted a column at a time (row-objects.ts). DuckDB's time is the
// statement and its chunks; converting them to JS objects is the server's cost, outside the timing.
async function readRows<T extends Row>(c: DuckDBConnection, q: Sql): Promise<T[]> {
  return rowObjects<T>(await timedQuery(() => fetchAll(c, q.text, bound(q))));
}
