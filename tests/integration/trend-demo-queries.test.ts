import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aoristicFromRecords } from '../../server/analytics/trends/aoristic-records.ts';
import type { Filters } from '../../server/contract/filters.ts';
import type { CountKind, Interval, Split } from '../../server/contract/trends.ts';
import type { Db } from '../../server/db/database.ts';
import { trendCounts } from '../../server/queries/trend-counts.ts';
import { trendMatrix } from '../../server/queries/trend-matrix.ts';
import { trendPeriodCounts } from '../../server/queries/trend-period-counts.ts';
import { demoDb } from '../helpers/demo-db.ts';
import {
  countsByHand,
  type DemoRow,
  demoRows,
  matches,
  periodCountByHand,
  timedRecordOf,
  timeKind,
} from '../helpers/trend-reference.ts';

/**
 * The trend queries against simple computations in JS over every demo record (read with a plain
 * select, filtered in JS): counts per interval and split, counts per period, and the aoristic matrix.
 */
let db: Db;
let rows: DemoRow[];
let filterSets: Filters[];
beforeAll(async () => {
  db = await demoDb(5000);
  rows = await demoRows(db);
  const busiest = (key: (r: DemoRow) => string | null) => {
    const n = new Map<string, number>();
    for (const r of rows) n.set(key(r) ?? 'none', (n.get(key(r) ?? 'none') ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };
  const last = rows.map((r) => r.day).reduce((a, b) => (b > a ? b : a));
  const all = { from: '2000-01-01', to: last, category: [], agency: [], area: null };
  filterSets = [
    all,
    { ...all, from: `${Number(last.slice(0, 4)) - 1}${last.slice(4)}` },
    { ...all, area: { layer: 'ward', code: busiest((r) => r.ward) } },
    { ...all, category: [busiest((r) => r.category)] },
    { ...all, agency: ['police'], category: ['noise', 'rowdy'] },
    // A short period over the clocks going forward (30 March 2025) and one over them going back.
    { ...all, from: '2025-03-24', to: '2025-04-06' },
    { ...all, from: '2024-10-21', to: '2024-11-03', area: { layer: 'ward', code: busiest((r) => r.ward) } },
  ];
});
afterAll(() => db.close());

const SPLITS: Split[] = [
  { kind: 'none' },
  { kind: 'category' },
  { kind: 'agency' },
  { kind: 'asb_type' },
  { kind: 'area', layer: 'ward' },
];

describe('trendCounts on the demo data', () => {
  it('matches counts by hand for every interval, split, count and filter', async () => {
    expect(rows.length).toBe(5000);
    let cases = 0;
    for (const f of filterSets)
      for (const interval of ['month', 'week', 'day'] as Interval[])
        for (const split of SPLITS)
          for (const count of ['reports', 'incidents'] as CountKind[])
            for (const top of split.kind === 'none' || count === 'incidents' ? [6] : [6, 2]) {
              if (interval !== 'month' && f.from < (interval === 'day' ? '2025-01-01' : '2024-01-01'))
                continue;
              const o = { interval, split, count, top };
              const got = await trendCounts(db, f, o);
              expect(got, JSON.stringify({ f, o })).toEqual(countsByHand(rows, f, o));
              cases++;
            }
    expect(cases).toBeGreaterThan(150);
  });
});

describe('trendPeriodCounts on the demo data', () => {
  it('matches a count by hand of each period, reports and incidents', async () => {
    const periods = [
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2025-03-30', to: '2025-03-30' },
      { from: '2019-01-01', to: '2019-12-31' },
    ];
    for (const f of filterSets)
      for (const count of ['reports', 'incidents'] as CountKind[]) {
        const expected = periods.map((p) => periodCountByHand(rows, { ...f, ...p }, count));
        expect(await trendPeriodCounts(db, f, periods, count), JSON.stringify(f)).toEqual(expected);
      }
  });
});

describe('trendMatrix on the demo data', () => {
  it('matches the JS aoristic spread of each record in London time', async () => {
    for (const f of filterSets) {
      const chosen = rows.filter((r) => matches(r, f));
      const kinds = chosen.map(timeKind);
      const expected = aoristicFromRecords(chosen.flatMap(timedRecordOf)).cells.flat();
      const m = await trendMatrix(db, f, 'Europe/London');
      m.cells.forEach((w, i) => expect(w, `${JSON.stringify(f)} cell ${i}`).toBeCloseTo(expected[i] ?? 0, 9));
      const n = (k: string) => kinds.filter((x) => x === k).length;
      expect(m, JSON.stringify(f)).toMatchObject({
        records: n('window') + n('moment'),
        windowed: n('window'),
        month_only: n('month_only'),
        day_only: n('day_only'),
        invalid: n('invalid'),
      });
    }
    expect(rows.some((r) => timeKind(r) === 'window')).toBe(true);
  });
});
