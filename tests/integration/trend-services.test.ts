import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterQuery } from '../../server/contract/filters.ts';
import { TrendQuery } from '../../server/contract/trends.ts';
import type { Db } from '../../server/db/database.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';
import { getHourWeekday } from '../../server/services/trends/get-hour-weekday.ts';
import { getSeasonal } from '../../server/services/trends/get-seasonal.ts';
import { getTrendChange } from '../../server/services/trends/get-trend-change.ts';
import { getTrendSeries } from '../../server/services/trends/get-trend-series.ts';
import { contact, FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

const at = (iso: string) => Date.parse(`${iso}Z`);

/** Mon 6 Jan 10:30 exact; Tue 7 Jan 22:00-01:00 (3 hours); Wed 8 Jan day only; 3 in March, none in Feb. */
const CONTACTS = [
  contact(1, { receivedOn: '2025-01-06', timePrecision: 'time', receivedAtMs: at('2025-01-06T10:30:00') }),
  contact(2, {
    receivedOn: '2025-01-08',
    timePrecision: 'time',
    receivedAtMs: at('2025-01-08T09:00:00'),
    fromAtMs: at('2025-01-07T22:00:00'),
    toAtMs: at('2025-01-08T01:00:00'),
  }),
  contact(3, { receivedOn: '2025-01-08' }),
  contact(4, { receivedOn: '2025-03-03' }),
  contact(5, { receivedOn: '2025-03-04', timePrecision: 'month' }),
  contact(6, { receivedOn: '2025-03-05', category: 'rowdy' }),
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: CONTACTS });
});
afterAll(() => db.close());

const Q1: FilterQuery = { from: '2025-01-01', to: '2025-03-31' };
const resolved = (q: FilterQuery = Q1) => resolveFilters(db, q);

describe('getHourWeekday', () => {
  it('spreads a window evenly over its hours and reports what it left out', async () => {
    const h = await getHourWeekday(db, await resolved());
    expect(h.records).toBe(2);
    expect(h.windowed).toBe(1);
    expect(h.leftOut).toEqual({ monthOnly: 1, dayOnly: 3, invalid: 0 });
    expect(h.cells[0]?.[10]).toBe(1);
    expect(h.cells[1]?.[22]).toBeCloseTo(1 / 3);
    expect(h.cells[1]?.[23]).toBeCloseTo(1 / 3);
    expect(h.cells[2]?.[0]).toBeCloseTo(1 / 3);
    expect(h.cells.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(2);
  });
});

describe('getTrendSeries', () => {
  it('gives the months with the c-chart of the whole series', async () => {
    const s = await getTrendSeries(db, await resolved(), TrendQuery.parse({}));
    expect(s.total).toEqual([3, 0, 3]);
    expect(s.intervals.map((i) => i.partial)).toEqual([false, false, false]);
    expect(s.control).toMatchObject({ kind: 'c', first: 0, centre: 2, lower: 0 });
    expect(s.control?.upper).toBeCloseTo(2 + 3 * Math.sqrt(2));
  });

  it('leaves partial weeks out of the control chart and names the split series', async () => {
    const s = await getTrendSeries(
      db,
      await resolved({ from: '2025-01-01', to: '2025-01-31' }),
      TrendQuery.parse({ interval: 'week', split: 'category', chart: 'xmr' }),
    );
    expect(s.intervals.map((i) => i.partial)).toEqual([true, false, false, false, true]);
    expect(s.control?.first).toBe(1);
    expect(s.control?.points.map((p) => p.value)).toEqual([3, 0, 0]);
    expect(s.series).toEqual([
      { key: 'noise', label: 'Noisy neighbours and loud parties', values: [0, 3, 0, 0, 0], total: 3 },
    ]);
  });
});

describe('getTrendChange', () => {
  it('compares with the period before and last year, and says when the data do not reach back', async () => {
    const c = await getTrendChange(db, await resolved(), 'reports');
    expect(c.comparisons.map((x) => [x.kind, x.period, x.current, x.previous, x.complete])).toEqual([
      ['previous_period', { from: '2024-10-03', to: '2024-12-31' }, 6, 0, false],
      ['same_period_last_year', { from: '2024-01-01', to: '2024-03-31' }, 6, 0, false],
    ]);
    expect(c.comparisons[0]?.wheelerZ).toBeCloseTo(2 * Math.sqrt(6));
    // 2024 had a 29 February, so the periods differ in length and Wheeler's z does not apply.
    expect(c.comparisons[1]?.wheelerZ).toBeNull();
    expect(c.comparisons[0]?.explanation).toMatch(/Poisson E-test/);
  });
});

describe('getSeasonal', () => {
  it('lays every month of data held on its calendar year, with no value outside the data', async () => {
    const s = await getSeasonal(db, await resolved(), 'reports');
    expect(s.span).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(s.years).toEqual([
      { year: 2025, label: '2025', values: [3, 0, 3, null, null, null, null, null, null, null, null, null] },
    ]);
  });
});
