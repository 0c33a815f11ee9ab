import { describe, expect, it } from 'vitest';
import { quantileType7Counted, quantileType7Runs } from '../../server/analytics/board/quantile.ts';
import {
  serviceLevelsFromCounts,
  serviceLevelsFromMinutes,
} from '../../server/analytics/board/service-levels.ts';

describe('quantileType7Runs (several ascending runs of whole numbers, never merged)', () => {
  const runs = [Int32Array.of(1, 4, 9), Int32Array.of(), Int32Array.of(1, 2, 3, 5, 6)];

  it('gives 3.5 and 6.9 for the runs 1 4 9 | 1 2 3 5 6, as for c(3, 1, 4, 1, 5, 9, 2, 6)', () => {
    // together sorted 1 1 2 3 4 5 6 9: h = 7p: 3.5 -> 3 + 0.5(4 - 3); 6.3 -> 6 + 0.3(9 - 6)
    expect(quantileType7Runs(runs, 0.5)).toBeCloseTo(3.5, 12);
    expect(quantileType7Runs(runs, 0.9)).toBeCloseTo(6.9, 12);
    expect([quantileType7Runs(runs, 0), quantileType7Runs(runs, 1)]).toEqual([1, 9]);
    expect(quantileType7Runs([Int32Array.of(-5)], 0.5)).toBe(-5);
    expect(quantileType7Runs([Int32Array.of(), Int32Array.of()], 0.5)).toBeNull();
    expect(() => quantileType7Runs(runs, -0.1)).toThrow(RangeError);
  });

  it('divides the two values it interpolates between first: minutes 90 and 150 give 2 hours at 0.5', () => {
    // h = 1 x 0.5: 1.5 + 0.5 (2.5 - 1.5) = 2
    expect(quantileType7Runs([Int32Array.of(150), Int32Array.of(90)], 0.5, 60)).toBe(2);
  });

  it('equals quantileType7Counted of the histogram of the runs, to the last bit', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    const many = Array.from({ length: 12 }, (_, i) =>
      Int32Array.from({ length: (i * 37) % 50 }, () => (next() % 20000) - 100).sort(),
    );
    const histogram = new Map<number, number>();
    for (const run of many) for (const m of run) histogram.set(m / 60, (histogram.get(m / 60) ?? 0) + 1);
    const counts = [...histogram].map(([value, count]) => ({ value, count }));
    for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]) {
      expect(quantileType7Runs(many, p, 60)).toBe(quantileType7Counted(counts, p));
    }
  });
});

describe('serviceLevelsFromMinutes', () => {
  it('gives the same from runs of minutes as from a histogram of hours', () => {
    const minutes = [Int32Array.of(120, 300, 1440, 4320), Int32Array.of(180, 720, 1200, 1800, 2880, 6000)];
    const rest = { resolvedWithTarget: 10, resolvedWithinTarget: 6, open: 2, openPastTarget: 1 };
    const resolvedTimes = minutes.flatMap((run) => [...run].map((m) => ({ value: m / 60, count: 1 })));
    expect(serviceLevelsFromMinutes({ ...rest, resolvedMinutes: minutes })).toEqual(
      serviceLevelsFromCounts({ ...rest, resolvedTimes }),
    );
    // hours 2 3 5 12 20 24 30 48 72 100: median 20 + 0.5 (24 - 20); h = 9 x 0.9 = 8.1 -> 72 + 0.1 (100 - 72)
    expect(serviceLevelsFromMinutes({ ...rest, resolvedMinutes: minutes })).toMatchObject({
      resolved: 10,
      median: 22,
    });
    expect(serviceLevelsFromMinutes({ ...rest, resolvedMinutes: minutes }).p90).toBeCloseTo(74.8, 12);
  });
});
