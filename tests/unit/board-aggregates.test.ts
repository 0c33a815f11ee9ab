import { describe, expect, it } from 'vitest';
import type { AreaStats, Summary, Timeseries } from '../../server/contract/dashboard.ts';
import {
  areasForBoard,
  summaryForBoard,
  timeseriesForBoard,
} from '../../server/services/board/board-aggregates.ts';
import { AppError } from '../../server/errors.ts';

const change = {
  current: 100,
  previous: 90,
  percent: 11.1,
  wheelerZ: 0.5,
  verdict: 'no_real_change' as const,
};
const summary = (counts: number[], previous = 90): Summary => ({
  period: { from: '2026-07-01', to: '2026-09-30' },
  comparisonPeriod: { from: '2025-07-01', to: '2025-09-30' },
  contacts: counts.reduce((s, n) => s + n, 0),
  changeOnLastYear: { ...change, current: counts.reduce((s, n) => s + n, 0), previous },
  comparisonComplete: true,
  topCategories: counts.map((n, i) => ({
    category: (['noise', 'drugs', 'rowdy', 'vandalism'] as const)[i] ?? 'noise',
    label: String(i),
    contacts: n,
    share: 0,
  })),
  agencies: 3,
  monthOnlyShare: 0,
  dataExtent: { first: '2023-05-01', last: '2026-10-31' },
});

describe('the working views as the board sees them', () => {
  it('leaves out a small category and, as it alone would be total minus the rest, the next smallest', () => {
    const s = summaryForBoard(summary([40, 3, 12, 25]), 5);
    expect(s.topCategories.map((c) => c.contacts)).toEqual([40, 25]);
    expect(s.suppressed.entries).toEqual([
      { key: 'drugs', reason: 'small_count' },
      { key: 'rowdy', reason: 'protects_another' },
    ]);
    expect(summaryForBoard(summary([40, 12]), 5).topCategories).toHaveLength(2);
  });

  it('refuses a headline count the board may not see, with a 422', () => {
    expect(() => summaryForBoard(summary([3]), 5)).toThrow(AppError);
    expect(() => summaryForBoard(summary([40], 2), 5)).toThrow(/Fewer than 5/);
  });

  it('leaves small months out of the series and hides small counts a year before', () => {
    const t: Timeseries = {
      period: { from: '2026-01-01', to: '2026-04-30' },
      interval: 'month',
      points: [
        { month: '2026-01', contacts: 20, lastYear: 2 },
        { month: '2026-02', contacts: 4, lastYear: 30 },
        { month: '2026-03', contacts: 0, lastYear: 12 },
        { month: '2026-04', contacts: 9, lastYear: 25 },
      ],
    };
    const b = timeseriesForBoard(t, 5);
    expect(b.points.map((p) => p.month)).toEqual(['2026-01', '2026-03']);
    expect(b.points[0]?.lastYear).toBeNull();
    expect(b.points[1]?.lastYear).toBeNull();
  });

  it('hides the rate of the whole layer when a hidden area has no residents to count', () => {
    const area = (code: string, contacts: number, population: number | null) => ({
      code,
      name: code,
      population,
      contacts,
      rate: null,
      rateLow: null,
      rateHigh: null,
      expected: null,
      pValue: null,
      pAdjusted: null,
      versusForce: null,
    });
    const stats = {
      layer: { id: 'ward', name: 'Wards' },
      period: { from: '2026-07-01', to: '2026-09-30' },
      ratePer: 1000,
      confidence: 0.95,
      total: {
        contacts: 62,
        contactsWithPopulation: 60,
        population: 3000,
        outsideLayer: 1,
        rate: 20,
        rateLow: 15,
        rateHigh: 25,
      },
      areas: [area('A', 50, 1000), area('B', 2, null), area('C', 10, 2000)],
      significance: null,
    } as AreaStats;
    const b = areasForBoard(stats, 5);
    expect(b.areas.map((a) => a.code)).toEqual(['A']);
    expect(b.total.contactsWithPopulation).toBe(62);
    expect(b.total.rate).toBeNull();
  });
});
