import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';

const CAP = 2;
const SLOW = 'select count(*)::integer as n from range(5000000)';

describe('Db concurrency cap', () => {
  let db: Db;
  beforeAll(async () => {
    db = await Db.open({ path: ':memory:', threads: 2, memoryLimit: '1GB', maxConcurrent: CAP });
  });
  afterAll(() => db.close());

  it(`runs at most ${CAP} queries at once, and does reach ${CAP}`, async () => {
    let inFlight = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        db.withRawConnection(async (c) => {
          inFlight++;
          most = Math.max(most, inFlight);
          try {
            return (await c.runAndReadAll(SLOW)).getRowObjectsJS()[0]?.n;
          } finally {
            inFlight--;
          }
        }),
      ),
    );
    expect(results).toEqual(Array(10).fill(5_000_000));
    expect(most).toBe(CAP);
  });

  it('makes all(), run() and transaction() wait while every slot is taken', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: CAP }, () => db.withRawConnection(() => gate));
    const settled: string[] = [];
    const waiting = [
      db.all(sql`select ${1} as n`).then(() => settled.push('all')),
      db.run(sql`select ${2}`).then(() => settled.push('run')),
      db.transaction((tx) => tx.run(sql`select ${3}`)).then(() => settled.push('transaction')),
    ];
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).toEqual([]);
    release();
    await Promise.all([...holders, ...waiting]);
    expect(settled.sort()).toEqual(['all', 'run', 'transaction']);
  });

  it('frees the slot of a failed query', async () => {
    for (let i = 0; i < CAP + 1; i++)
      await expect(db.all(sql`select * from no_such_table`)).rejects.toThrow(/no_such_table/);
    expect(await db.all(sql`select ${42}::integer as n`)).toEqual([{ n: 42 }]);
  });
});
