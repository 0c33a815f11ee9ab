import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';

// Every type the queries return, nested lists and structs and nulls among them, over more rows than one
// chunk (2,048) holds.
const MIXED = `select i::integer as n, i::bigint as big, i / 7 as ratio, (i / 3)::float as f,
    (i % 3 = 0) as flag, 'area ' || i as name, (i % 5)::tinyint as t, (i % 7)::smallint as s,
    (i * 1000)::uinteger as u, (i / 4)::decimal(12, 3) as d, date '2024-01-01' + (i % 400)::integer as day,
    timestamp '2024-01-01 08:00:00' + to_seconds(i * 37) as at, [i, i + 1] as pair,
    {'a': i, 'b': 'x' || i} as s2, case when i % 4 = 0 then null else i end as sometimes,
    case when i % 6 = 0 then null else 'y' end as text_or_null, i as n,
    {'cells': [{'m': [i::integer, null, (i % 9)::integer], 'k': 'c' || i}], 'w': (i % 2)::integer} as nested,
    case when i % 5 = 0 then null else ['a', null, 'b' || i] end as words, [[i, 1], [2]] as pairs,
    [date '2024-02-29', null] as days
  from range(5000) t(i) order by i`;

describe('Db.all rows (converted a column at a time)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await Db.open({ path: ':memory:', threads: 2, memoryLimit: '1GB', maxConcurrent: 2 });
  });
  afterAll(() => db.close());

  it("are getRowObjectsJS's rows: the same values, types and key order", async () => {
    const rows = await db.all({ text: MIXED, params: [] });
    const expected = await db.withRawConnection(async (c) =>
      (await c.runAndReadAll(MIXED)).getRowObjectsJS(),
    );
    expect(rows).toHaveLength(5000);
    expect(isDeepStrictEqual(rows, expected)).toBe(true);
    expect(rows.map((r) => Object.keys(r).join())).toEqual(expected.map((r) => Object.keys(r).join()));
    // Spot checks a mistake in both would pass: a duplicated name gets a suffix, nulls stay null.
    expect(rows[4]).toMatchObject({ n: 4, big: 4n, flag: false, name: 'area 4', sometimes: null, 'n:1': 4n });
    expect(rows[3]?.d).toBe(0.75);
    expect(rows[10]?.nested).toEqual({ cells: [{ m: [10, null, 1], k: 'c10' }], w: 0 });
    expect(rows[10]?.words).toBeNull();
    expect(rows[11]?.words).toEqual(['a', null, 'b11']);
    expect(rows[2049]?.day).toEqual(new Date(Date.UTC(2024, 0, 1) + (2049 % 400) * 86_400_000));
  });

  it('give an empty list for no rows, and bound parameters as before', async () => {
    expect(await db.all(sql`select 1 as x where false`)).toEqual([]);
    expect(await db.all(sql`select ${'a'} as v, ${2} as w`)).toEqual([{ v: 'a', w: 2 }]);
  });
});
