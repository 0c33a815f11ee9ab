import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../server/contract/filters.ts';
import type { Split } from '../../server/contract/trends.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { trendCounts } from '../../server/queries/trend-counts.ts';
import { trendPeriodCounts } from '../../server/queries/trend-period-counts.ts';
import { trendWindows } from '../../server/queries/trend-windows.ts';
import { contact, FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

const at = (iso: string) => Date.parse(`${iso}Z`);
const timed = (iso: string) => ({
  timePrecision: 'time' as const,
  receivedAtMs: at(iso),
  receivedOn: iso.slice(0, 10),
});

/**
 * Hand-checkable: Jan 2025 has ids 1-3 (1 and 2 one linked incident), Feb id 4 (month only), Mar ids 5-6,
 * nothing in April. Windows: 1 Mon 10:30 exact; 2 Tue 22:00-00:00; 5 Sat 23:15 exact; 6 ends before it
 * starts; 3 day only; 4 month only. Id 7 is 12:00 UTC on Tue 1 July, 13:00 in London (summer time).
 */
const CONTACTS = [
  contact(1, { ...timed('2025-01-06T10:30:00') }),
  contact(2, {
    ...timed('2025-01-08T00:30:00'),
    category: 'rowdy',
    fromAtMs: at('2025-01-07T22:00:00'),
    toAtMs: at('2025-01-08T00:00:00'),
  }),
  contact(3, { receivedOn: '2025-01-20', category: 'fly_tipping', agencyCode: 'city_council', ward: 'W2' }),
  contact(4, { receivedOn: '2025-02-01', timePrecision: 'month', agencyCode: 'housing', ward: 'W2' }),
  contact(5, { ...timed('2025-03-15T23:15:00') }),
  contact(6, {
    ...timed('2025-03-16T10:00:00'),
    fromAtMs: at('2025-03-16T10:00:00'),
    toAtMs: at('2025-03-16T09:00:00'),
  }),
  contact(7, { ...timed('2025-07-01T12:00:00') }),
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: CONTACTS });
  await db.run(sql`update contact set incident_id = 100 where id in (1, 2)`);
});
afterAll(() => db.close());

const filters = (from: string, to: string, more: Partial<Filters> = {}): Filters => ({
  from,
  to,
  category: [],
  agency: [],
  area: null,
  ...more,
});
const Q1 = filters('2025-01-01', '2025-04-30');

/** key -> values in interval order. */
async function series(
  f: Filters,
  o: { interval?: 'day' | 'week' | 'month'; split?: Split; incidents?: boolean; top?: number },
) {
  const rows = await trendCounts(db, f, {
    interval: o.interval ?? 'month',
    split: o.split ?? { kind: 'none' },
    count: o.incidents ? 'incidents' : 'reports',
    top: o.top ?? 6,
  });
  const out: Record<string, number[]> = {};
  for (const r of rows) if (r.key !== null) (out[r.key] ??= []).push(r.n);
  return { starts: [...new Set(rows.map((r) => r.start))], out };
}

describe('trendCounts', () => {
  it('counts every month of the period, April as 0', async () => {
    const { starts, out } = await series(Q1, {});
    expect(starts).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']);
    expect(out).toEqual({ all: [3, 1, 2, 0] });
  });

  it('counts linked reports once as incidents', async () => {
    expect((await series(Q1, { incidents: true })).out).toEqual({ all: [2, 1, 2, 0] });
    expect(await trendPeriodCounts(db, Q1, [Q1], 'reports')).toEqual([6]);
    expect(await trendPeriodCounts(db, Q1, [Q1], 'incidents')).toEqual([5]);
  });

  it('lists weeks from Monday, zero-filled, the partial ones included', async () => {
    const { starts, out } = await series(filters('2025-01-01', '2025-01-31'), { interval: 'week' });
    expect(starts).toEqual(['2024-12-30', '2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
    expect(out).toEqual({ all: [0, 2, 0, 1, 0] });
  });

  it('splits by category, ward and agency', async () => {
    expect((await series(Q1, { split: { kind: 'category' } })).out).toEqual({
      fly_tipping: [1, 0, 0, 0],
      noise: [1, 1, 2, 0],
      rowdy: [1, 0, 0, 0],
    });
    expect((await series(Q1, { split: { kind: 'area', layer: 'ward' } })).out).toEqual({
      W1: [2, 0, 2, 0],
      W2: [1, 1, 0, 0],
    });
    expect((await series(Q1, { split: { kind: 'agency' } })).out).toEqual({
      city_council: [1, 0, 0, 0],
      housing: [0, 1, 0, 0],
      police: [2, 0, 2, 0],
    });
  });

  it("merges all but the top series into 'other', but never just one", async () => {
    expect((await series(Q1, { split: { kind: 'category' }, top: 1 })).out).toEqual({
      noise: [1, 1, 2, 0],
      other: [2, 0, 0, 0],
    });
    expect(Object.keys((await series(Q1, { split: { kind: 'category' }, top: 2 })).out)).toEqual([
      'fly_tipping',
      'noise',
      'rowdy',
    ]);
  });

  it('applies the shared filters and still lists every interval when nothing matches', async () => {
    expect((await series({ ...Q1, area: { layer: 'ward', code: 'W2' } }, {})).out).toEqual({
      all: [1, 1, 0, 0],
    });
    const { starts, out } = await series({ ...Q1, category: ['drugs'] }, { split: { kind: 'category' } });
    expect(starts).toHaveLength(4);
    expect(out).toEqual({});
  });
});

describe('trendPeriodCounts', () => {
  const JAN = { from: '2025-01-01', to: '2025-01-31' };
  const FEB_MAR = { from: '2025-02-01', to: '2025-03-31' };
  const MAR = { from: '2025-03-01', to: '2025-03-31' };
  const JUL = { from: '2025-07-01', to: '2025-07-31' };
  const NONE = { from: '2024-01-01', to: '2024-12-31' };

  it("counts each period apart in one pass, whatever the filters' own period", async () => {
    const f = filters('2025-01-01', '2025-01-02');
    expect(await trendPeriodCounts(db, f, [JAN, MAR, JUL, FEB_MAR, NONE], 'reports')).toEqual([
      3, 2, 1, 3, 0,
    ]);
    // Ids 1 and 2, both in January, are one incident.
    expect(await trendPeriodCounts(db, f, [JAN, MAR, JUL, FEB_MAR, NONE], 'incidents')).toEqual([
      2, 2, 1, 3, 0,
    ]);
  });

  it('applies the category, agency and area filters to every period', async () => {
    const w2 = filters('2025-01-01', '2025-01-31', { area: { layer: 'ward', code: 'W2' } });
    expect(await trendPeriodCounts(db, w2, [JAN, FEB_MAR, MAR], 'reports')).toEqual([1, 1, 0]);
    const noise = filters('2025-01-01', '2025-01-31', { category: ['noise'], agency: ['police'] });
    expect(await trendPeriodCounts(db, noise, [JAN, FEB_MAR, JUL], 'reports')).toEqual([1, 2, 1]);
    expect(await trendPeriodCounts(db, noise, [], 'reports')).toEqual([]);
  });
});

describe('trendWindows', () => {
  it('groups records by local start minute of the week and window length, and counts those left out', async () => {
    const rows = await trendWindows(db, Q1, 'Europe/London');
    expect(rows.map((r) => [r.kind, r.start_minute, r.duration_minutes, r.n])).toEqual([
      ['day_only', null, null, 1],
      ['invalid', null, null, 1],
      ['moment', 630, 0, 1],
      ['moment', 5 * 1440 + 23 * 60 + 15, 0, 1],
      ['month_only', null, null, 1],
      ['window', 1440 + 22 * 60, 120, 1],
    ]);
  });

  it('reads summer times in British Summer Time', async () => {
    const rows = await trendWindows(db, filters('2025-07-01', '2025-07-31'), 'Europe/London');
    expect(rows.map((r) => [r.kind, r.start_minute])).toEqual([['moment', 1440 + 13 * 60]]);
  });
});
