import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterQuery } from '../../server/contract/filters.ts';
import type { Db } from '../../server/db/database.ts';
import { getSummary } from '../../server/services/get-summary.ts';
import { getTimeseries } from '../../server/services/get-timeseries.ts';
import { resolveFilters, type ResolvedFilters } from '../../server/services/resolve-filters.ts';
import { FIXTURE_WARDS, HAND_CONTACTS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: HAND_CONTACTS });
});
afterAll(() => db.close());

const resolved = (q: FilterQuery): Promise<ResolvedFilters> => resolveFilters(db, q);

describe('resolveFilters', () => {
  it('defaults to the twelve months ending with the latest month of data', async () => {
    expect((await resolved({})).filters).toEqual({
      from: '2024-04-01',
      to: '2025-03-31',
      category: [],
      agency: [],
      area: null,
    });
  });

  it('refuses an unknown agency, layer or area, naming the parameter', async () => {
    await expect(resolveFilters(db, { agency: ['police', 'nope'] })).rejects.toMatchObject({
      status: 400,
      options: { parameter: 'agency' },
    });
    await expect(resolveFilters(db, { area: { layer: 'lsoa', code: 'W1' } })).rejects.toMatchObject({
      status: 400,
      options: { parameter: 'area' },
    });
    await expect(resolveFilters(db, { area: { layer: 'ward', code: 'W9' } })).rejects.toMatchObject({
      status: 400,
      options: { parameter: 'area' },
    });
  });
});

describe('getSummary', () => {
  it('gives the hand-counted figures for Q1 2025 against Q1 2024', async () => {
    const s = await getSummary(db, await resolved({ from: '2025-01-01', to: '2025-03-31' }));
    expect(s).toMatchObject({
      period: { from: '2025-01-01', to: '2025-03-31' },
      comparisonPeriod: { from: '2024-01-01', to: '2024-03-31' },
      contacts: 5,
      changeOnLastYear: { current: 5, previous: 2, percent: 150, verdict: 'no_real_change' },
      comparisonComplete: true,
      agencies: 3,
      monthOnlyShare: 0.2,
      dataExtent: { first: '2024-01-15', last: '2025-03-15' },
    });
    expect(s.changeOnLastYear.wheelerZ).toBeCloseTo(2 * (Math.sqrt(5) - Math.sqrt(2)), 12);
    expect(s.topCategories).toEqual([
      { category: 'noise', label: 'Noisy neighbours and loud parties', contacts: 3, share: 0.6 },
      { category: 'fly_tipping', label: 'Rubbish, litter and fly-tipping', contacts: 1, share: 0.2 },
      { category: 'rowdy', label: 'Drunk or rowdy people in public places', contacts: 1, share: 0.2 },
    ]);
  });

  it('follows the filters in every figure', async () => {
    const s = await getSummary(
      db,
      await resolved({ from: '2025-01-01', to: '2025-03-31', area: { layer: 'ward', code: 'W2' } }),
    );
    expect(s).toMatchObject({
      contacts: 2,
      agencies: 2,
      monthOnlyShare: 0.5,
      changeOnLastYear: { previous: 1 },
    });
  });

  it('says when the data do not reach back over the comparison period', async () => {
    const s = await getSummary(db, await resolved({}));
    expect(s.comparisonPeriod).toEqual({ from: '2023-04-01', to: '2024-03-31' });
    expect(s.comparisonComplete).toBe(false);
  });

  it('answers zeros, not errors, when nothing matches', async () => {
    const s = await getSummary(db, await resolved({ from: '2020-01-01', to: '2020-12-31' }));
    expect(s).toMatchObject({ contacts: 0, agencies: 0, monthOnlyShare: 0, topCategories: [] });
  });
});

describe('getTimeseries', () => {
  it('lists every month with last year beside it, null before the data begin', async () => {
    const t = await getTimeseries(db, await resolved({ from: '2024-12-01', to: '2025-04-30' }));
    expect(t.points).toEqual([
      { month: '2024-12', contacts: 1, lastYear: null },
      { month: '2025-01', contacts: 2, lastYear: 1 },
      { month: '2025-02', contacts: 1, lastYear: 0 },
      { month: '2025-03', contacts: 2, lastYear: 1 },
      { month: '2025-04', contacts: 0, lastYear: 0 },
    ]);
  });
});
