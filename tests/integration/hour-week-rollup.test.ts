import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aoristicFromRecords } from '../../server/analytics/trends/aoristic-records.ts';
import type { Filters } from '../../server/contract/filters.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { rollupCurrent } from '../../server/queries/contact-rollup.ts';
import { trendMatrix, type TrendMatrixRow } from '../../server/queries/trend-matrix.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { keptAndRebuilt, rollupChanges } from '../helpers/rollup-changes.ts';
import { type DemoRow, demoRows, matches, timedRecordOf, timeKind } from '../helpers/trend-reference.ts';

const ZONE = 'Europe/London';
let db: Db;
let rows: DemoRow[];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-hour-week-'));
beforeAll(async () => {
  db = await demoDb(8_000);
  rows = await demoRows(db);
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The matrix counted from the contacts themselves: the rollup marked out of date meanwhile. */
async function fromContacts(f: Filters): Promise<TrendMatrixRow> {
  const [kept] = await db.all<{ v: string }>(
    sql`select value as v from app_meta where key = 'rollup_version'`,
  );
  await db.run(sql`update app_meta set value = '-1' where key = 'rollup_version'`);
  db.markChanged();
  try {
    expect(await rollupCurrent(db)).toBe(false);
    return await trendMatrix(db, f, ZONE);
  } finally {
    await db.run(sql`update app_meta set value = ${kept?.v ?? ''} where key = 'rollup_version'`);
    db.markChanged();
  }
}

const close = (got: number[], want: number[], label: string) => {
  expect(got).toHaveLength(168);
  got.forEach((w, i) =>
    expect(Math.abs(w - (want[i] ?? 0)), `${label} cell ${i}`).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(want[i] ?? 0)),
    ),
  );
};

// Whole months with odd days at either end, whole months only, a year, categories, agencies, an area
// (never from the table: it has no areas), a short period inside one month.
const SETS: Filters[] = [
  { from: '2025-11-01', to: '2026-10-31', category: [], agency: [], area: null },
  { from: '2025-11-17', to: '2026-10-03', category: [], agency: [], area: null },
  { from: '2024-03-09', to: '2025-04-27', category: ['noise', 'rowdy'], agency: [], area: null },
  { from: '2023-05-01', to: '2026-10-31', category: [], agency: ['police'], area: null },
  {
    from: '2025-02-14',
    to: '2026-06-30',
    category: ['noise'],
    agency: ['city_council', 'police'],
    area: null,
  },
  { from: '2025-11-01', to: '2026-10-31', category: [], agency: [], area: { layer: 'ward', code: 'DW06' } },
  { from: '2026-02-10', to: '2026-02-20', category: [], agency: [], area: null },
];

describe('the hour x weekday rollup', () => {
  it('gives the matrix as the JS spread of each record, and as spreading the contacts does', async () => {
    expect(await rollupCurrent(db)).toBe(true);
    for (const f of SETS) {
      const label = JSON.stringify(f);
      const chosen = rows.filter((r) => matches(r, f));
      const kinds = chosen.map(timeKind);
      const n = (k: string) => kinds.filter((x) => x === k).length;
      const got = await trendMatrix(db, f, ZONE);
      close(got.cells, aoristicFromRecords(chosen.flatMap(timedRecordOf)).cells.flat(), label);
      expect(got, label).toMatchObject({
        records: n('window') + n('moment'),
        windowed: n('window'),
        month_only: n('month_only'),
        day_only: n('day_only'),
        invalid: n('invalid'),
      });
      const direct = await fromContacts(f);
      close(got.cells, direct.cells, label);
      expect({ ...got, cells: [] }, label).toEqual({ ...direct, cells: [] });
    }
    expect(SETS.every((f) => rows.some((r) => matches(r, f)))).toBe(true);
  }, 120_000);

  it('is what answers whole months without an area (doubled there, in a transaction undone, so are they)', async () => {
    const three = [SETS[0], SETS[1], SETS[5]].filter((f) => f !== undefined);
    const before = await Promise.all(three.map((f) => trendMatrix(db, f, ZONE)));
    const after: TrendMatrixRow[] = [];
    await db
      .transaction(async (tx) => {
        await tx.run(sql`update hour_week_rollup set weight = weight * 2`);
        await tx.run(sql`update hour_week_count set records = records * 2, every_hour = every_hour * 2`);
        for (const f of three) after.push(await trendMatrix(tx, f, ZONE));
        throw new Error('undo');
      })
      .catch((e: unknown) => {
        if (!(e instanceof Error) || e.message !== 'undo') throw e;
      });
    const [w0, o0, a0] = before as TrendMatrixRow[];
    const [w1, o1, a1] = after as TrendMatrixRow[];
    close(w1?.cells ?? [], w0?.cells.map((w) => 2 * w) ?? [], 'whole months');
    expect(w1?.records).toBe(2 * (w0?.records ?? 0));
    // Odd days come from the contacts: only the months between them double.
    expect(o1?.records).toBeGreaterThan(o0?.records ?? 0);
    expect(o1?.records).toBeLessThan(2 * (o0?.records ?? 0));
    expect(a1).toEqual(a0);
  });
});

describe('keeping the hour x weekday rollup in step', () => {
  const cells = sql`select month::varchar as month, category, agency_code, cell, sum(weight) as weight
    from hour_week_rollup group by all order by all`;
  const counts = sql`select month::varchar as month, category, agency_code, sum(records)::integer as records,
      sum(windowed)::integer as windowed, sum(month_only)::integer as month_only,
      sum(day_only)::integer as day_only, sum(invalid)::integer as invalid, sum(every_hour) as every_hour
    from hour_week_count group by all order by all`;
  type Weighed = { weight?: number; every_hour?: number };
  const read = async (ex: Pick<Db, 'all'>) => ({
    cells: await ex.all<Weighed>(cells),
    counts: await ex.all<Weighed>(counts),
  });

  /** The tables as kept equal the tables counted again from every stored contact. */
  async function inStep() {
    const { kept, rebuilt: recounted } = await keptAndRebuilt(db, read);
    expect(await rollupCurrent(db)).toBe(true);
    expect(kept.cells.length).toBeGreaterThan(1000);
    // Sums of doubles in another order: equal to 1e-9, the counts exactly.
    const strip = (xs: Weighed[]) => xs.map((x) => ({ ...x, every_hour: 0 }));
    expect(strip(kept.counts)).toEqual(strip(recounted.counts));
    const byKey = (xs: Weighed[]) =>
      new Map(
        xs.map((x) => [JSON.stringify({ ...x, weight: 0, every_hour: 0 }), x.weight ?? x.every_hour ?? 0]),
      );
    const pairs: [Map<string, number>, Map<string, number>][] = [
      [byKey(kept.cells), byKey(recounted.cells)],
      [byKey(kept.counts), byKey(recounted.counts)],
    ];
    for (const [k, r] of pairs)
      for (const key of new Set([...k.keys(), ...r.keys()]))
        expect(Math.abs((k.get(key) ?? 0) - (r.get(key) ?? 0)), key).toBeLessThanOrEqual(
          1e-9 * Math.max(1, k.get(key) ?? 0),
        );
    const [total] = await db.all<{ n: number }>(
      sql`select coalesce(sum(records + month_only + day_only + invalid), 0)::integer as n from hour_week_count`,
    );
    const [stored] = await db.all<{ n: number }>(sql`select count(*)::integer as n from contact`);
    expect(total?.n).toBe(stored?.n);
  }

  it('after the demo load, an ingested file, its removal, a purge, and a boundary layer coming and going', async () => {
    await inStep();
    await rollupChanges(db, dir, async (change) => {
      if (change !== 'loaded to remove') await inStep();
    });
    // And the answers still agree with the contacts after all that.
    for (const f of SETS.slice(0, 3)) {
      const got = await trendMatrix(db, f, ZONE);
      const direct = await fromContacts(f);
      close(got.cells, direct.cells, JSON.stringify(f));
      expect({ ...got, cells: [] }).toEqual({ ...direct, cells: [] });
    }
  }, 240_000);
});
