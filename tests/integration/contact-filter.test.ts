import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../server/contract/filters.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { categoryCounts } from '../../server/queries/category-counts.ts';
import { contactFilter } from '../../server/queries/contact-filter.ts';
import { monthlyCounts } from '../../server/queries/monthly-counts.ts';
import { periodTotals } from '../../server/queries/period-totals.ts';
import { FIXTURE_WARDS, HAND_CONTACTS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: HAND_CONTACTS });
});
afterAll(() => db.close());

const Q1_2025: Filters = { from: '2025-01-01', to: '2025-03-31', category: [], agency: [], area: null };
const ids = async (f: Filters) =>
  (
    await db.all<{ id: number }>(
      sql`select id::integer as id from contact c where ${contactFilter(f)} order by id`,
    )
  ).map((r) => r.id);

describe('contactFilter', () => {
  it('binds every value and splices none', () => {
    const q = contactFilter({
      ...Q1_2025,
      category: ['noise', 'rowdy'],
      agency: ["x'); drop table contact; --"],
      area: { layer: 'ward', code: 'W1' },
    });
    expect(q.text).not.toContain('drop');
    expect(q.params).toEqual([
      '2025-01-01',
      '2025-03-31',
      'noise',
      'rowdy',
      "x'); drop table contact; --",
      'ward',
      'W1',
    ]);
  });

  it('keeps the period, both ends included', async () => {
    expect(await ids(Q1_2025)).toEqual([1, 2, 3, 4, 5]);
    expect(await ids({ ...Q1_2025, from: '2025-01-20', to: '2025-03-01' })).toEqual([2, 3, 4]);
    expect(await ids({ ...Q1_2025, from: '2024-12-31', to: '2024-12-31' })).toEqual([8]);
  });

  it('narrows by category, agency and area, together as well as alone', async () => {
    expect(await ids({ ...Q1_2025, category: ['noise'] })).toEqual([1, 4, 5]);
    expect(await ids({ ...Q1_2025, category: ['noise', 'rowdy'] })).toEqual([1, 2, 4, 5]);
    expect(await ids({ ...Q1_2025, agency: ['police'] })).toEqual([1, 2, 5]);
    expect(await ids({ ...Q1_2025, agency: ['housing', 'city_council'] })).toEqual([3, 4]);
    expect(await ids({ ...Q1_2025, area: { layer: 'ward', code: 'W2' } })).toEqual([3, 4]);
    expect(await ids({ ...Q1_2025, category: ['noise'], area: { layer: 'ward', code: 'W2' } })).toEqual([4]);
    expect(await ids({ ...Q1_2025, area: { layer: 'small_area', code: 'W2' } })).toEqual([]);
  });
});

describe('aggregate queries', () => {
  it('totals contacts, agencies and month-only records', async () => {
    expect(await periodTotals(db, Q1_2025)).toEqual({ contacts: 5, agencies: 3, month_only: 1 });
    expect(await periodTotals(db, { ...Q1_2025, from: '2024-01-01', to: '2024-03-31' })).toEqual({
      contacts: 2,
      agencies: 2,
      month_only: 1,
    });
  });

  it('counts categories, most first and ties by code', async () => {
    expect(await categoryCounts(db, Q1_2025)).toEqual([
      { category: 'noise', contacts: 3 },
      { category: 'fly_tipping', contacts: 1 },
      { category: 'rowdy', contacts: 1 },
    ]);
  });

  it('counts every month of the period, empty ones as 0, beside the year before', async () => {
    const f = { ...Q1_2025, from: '2024-12-01', to: '2025-04-30' };
    const lastYear = { ...f, from: '2023-12-01', to: '2024-04-30' };
    expect(await monthlyCounts(db, f, lastYear)).toEqual([
      { month: '2024-12-01', contacts: 1, last_year: 0 },
      { month: '2025-01-01', contacts: 2, last_year: 1 },
      { month: '2025-02-01', contacts: 1, last_year: 0 },
      { month: '2025-03-01', contacts: 2, last_year: 1 },
      { month: '2025-04-01', contacts: 0, last_year: 0 },
    ]);
  });
});
