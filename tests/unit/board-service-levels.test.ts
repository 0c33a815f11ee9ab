import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../server/analytics/board/proportion-interval.ts';
import { quantileType7, quantileType7Counted } from '../../server/analytics/board/quantile.ts';
import { serviceLevels, serviceLevelsFromCounts } from '../../server/analytics/board/service-levels.ts';

describe('quantileType7 (R quantile(x, p), type 7)', () => {
  it('gives 3.5 and 6.9 for c(3, 1, 4, 1, 5, 9, 2, 6) at 0.5 and 0.9', () => {
    // sorted 1 1 2 3 4 5 6 9; h = 7p: 3.5 -> 3 + 0.5(4 - 3); 6.3 -> 6 + 0.3(9 - 6)
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(quantileType7(x, 0.5)).toBeCloseTo(3.5, 12);
    expect(quantileType7(x, 0.9)).toBeCloseTo(6.9, 12);
  });

  it('gives 5.5 and 9.1 for 1:10, the ends at 0 and 1, the value itself for one value, null for none', () => {
    const x = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(quantileType7(x, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantileType7(x, 0.9)).toBeCloseTo(9.1, 12);
    expect([quantileType7(x, 0), quantileType7(x, 1)]).toEqual([1, 10]);
    expect(quantileType7([7], 0.9)).toBe(7);
    expect(quantileType7([], 0.5)).toBeNull();
    expect(() => quantileType7(x, 1.1)).toThrow(RangeError);
  });

  it('gives the same from a histogram of distinct values as from the records', () => {
    const counts = [
      { value: 9, count: 1 },
      { value: 1, count: 2 },
      { value: 2, count: 1 },
      { value: 3, count: 1 },
      { value: 4, count: 1 },
      { value: 5, count: 1 },
      { value: 6, count: 1 },
      { value: 8, count: 0 },
    ];
    for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
      expect(quantileType7Counted(counts, p)).toBeCloseTo(
        quantileType7([3, 1, 4, 1, 5, 9, 2, 6], p) ?? NaN,
        12,
      );
    }
    expect(quantileType7Counted([{ value: 4, count: 0 }], 0.5)).toBeNull();
  });
});

describe('wilsonInterval', () => {
  it('gives 0.78640 to 0.95652 for 45 of 50 (SciPy: the roots of (p - 0.9)^2 = z^2 p(1 - p) / 50)', () => {
    const i = wilsonInterval(45, 50);
    expect(i.low).toBeCloseTo(0.7863976856252035, 12);
    expect(i.high).toBeCloseTo(0.9565242350681096, 12);
  });

  it('stays inside 0 to 1 at the ends', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775327998628892, 12);
    expect(wilsonInterval(10, 10).high).toBeLessThanOrEqual(1);
  });
});

describe('serviceLevels', () => {
  const records = [
    ...[2, 5, 8, 12, 20, 24, 30, 48, 72, 100].map((time) => ({ open: false, time, target: 24 })),
    { open: false, time: 3, target: null },
    { open: true, time: 10, target: 24 },
    { open: true, time: 90, target: 24 },
  ];

  it('gives median and 90th percentile of resolved records, and the share resolved within target', () => {
    const s = serviceLevels(records);
    // resolved times 2 3 5 8 12 20 24 30 48 72 100: median 20; h = 10 x 0.9 = 9 -> 72
    expect(s).toMatchObject({
      resolved: 11,
      median: 20,
      p90: 72,
      resolvedWithTarget: 10,
      resolvedWithinTarget: 6,
    });
    expect(s.shareWithinTarget).toBeCloseTo(0.6, 12);
    expect(s.shareInterval?.low).toBeCloseTo(wilsonInterval(6, 10).low, 12);
  });

  it('counts open records apart, with those already past their target', () => {
    expect(serviceLevels(records)).toMatchObject({ open: 2, openPastTarget: 1 });
  });

  it('agrees with the pre-aggregated form', () => {
    const counts = {
      resolvedTimes: [2, 3, 5, 8, 12, 20, 24, 30, 48, 72, 100].map((value) => ({ value, count: 1 })),
      resolvedWithTarget: 10,
      resolvedWithinTarget: 6,
      open: 2,
      openPastTarget: 1,
    };
    expect(serviceLevelsFromCounts(counts)).toEqual(serviceLevels(records));
  });

  it('gives nulls with nothing resolved', () => {
    expect(serviceLevels([{ open: true, time: 5, target: 24 }])).toMatchObject({
      resolved: 0,
      median: null,
      p90: null,
      shareWithinTarget: null,
      shareInterval: null,
    });
  });
});
