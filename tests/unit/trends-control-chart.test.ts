import { describe, expect, it } from 'vitest';
import { controlChart } from '../../server/analytics/trends/control-chart.ts';
import { cChartLimits, xmrLimits } from '../../server/analytics/trends/control-limits.ts';
import { controlSignals } from '../../server/analytics/trends/control-signals.ts';

// Limits wide enough that only the run and trend rules can fire.
const wide = (centre: number) => ({ centre, upper: 1e6, lower: -1e6 });
const rules = (values: number[], centre: number) =>
  controlSignals(values, wide(centre)).signals.map(({ rule, direction, from, to }) => [
    rule,
    direction,
    from,
    to,
  ]);

describe('control limits', () => {
  it('puts c-chart limits at mean +/- 3 sqrt(mean): 16 +/- 12', () => {
    expect(cChartLimits([16, 14, 18, 16, 15, 17, 16, 16])).toEqual({ centre: 16, upper: 28, lower: 4 });
  });

  it('floors the c-chart lower limit at 0: mean 1 gives 0 to 4', () => {
    expect(cChartLimits([1, 0, 2, 1])).toEqual({ centre: 1, upper: 4, lower: 0 });
  });

  it('puts XmR limits at mean +/- 2.66 x mean moving range: 12 +/- 2.66 x 1.6', () => {
    const l = xmrLimits([10, 12, 11, 13, 12, 14]);
    expect(l.centre).toBe(12);
    expect(l.meanMovingRange).toBeCloseTo(1.6, 12);
    expect(l.upper).toBeCloseTo(16.256, 12);
    expect(l.lower).toBeCloseTo(7.744, 12);
  });

  it('needs one count for a c-chart and two values for XmR', () => {
    expect(() => cChartLimits([])).toThrow(RangeError);
    expect(() => xmrLimits([3])).toThrow(RangeError);
  });
});

describe('controlChart', () => {
  it('flags points beyond limits set on a baseline, with readable descriptions', () => {
    const chart = controlChart([16, 14, 18, 16, 15, 17, 16, 16, 29, 3, 28], 'c', {
      baseline: 8,
      labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'],
    });
    expect(chart.limits).toEqual({ centre: 16, upper: 28, lower: 4 });
    expect(chart.signals).toEqual([
      {
        rule: 'beyond_limit',
        direction: 'up',
        from: 8,
        to: 8,
        description: 'Sep: 29 is above the upper limit (28)',
      },
      {
        rule: 'beyond_limit',
        direction: 'down',
        from: 9,
        to: 9,
        description: 'Oct: 3 is below the lower limit (4)',
      },
    ]);
    expect(chart.points.map((p) => p.aboveUpper)).toEqual([...Array(8).fill(false), true, false, false]);
    expect(chart.points[9]?.belowLower).toBe(true);
  });

  it('does not flag a zero against a floored lower limit of 0', () => {
    expect(controlChart([1, 0, 2, 1], 'c').signals).toEqual([]);
  });

  it('draws an XmR chart of the whole series by default', () => {
    const chart = controlChart([10, 12, 11, 13, 12, 14, 30], 'xmr');
    expect(chart.baseline).toBe(7);
    expect(chart.limits.centre).toBeCloseTo(102 / 7, 12);
  });

  it('refuses a baseline outside the series', () => {
    expect(() => controlChart([1, 2, 3], 'c', { baseline: 4 })).toThrow(RangeError);
    expect(() => controlChart([1, 2, 3], 'c', { baseline: 0 })).toThrow(RangeError);
  });
});

describe('controlSignals: runs on one side of the centre', () => {
  it('signals 7 in a row above, not 6', () => {
    expect(rules([11, 12, 11, 12, 11, 12, 11], 10)).toEqual([['run', 'up', 0, 6]]);
    expect(rules([11, 12, 11, 12, 11, 12, 9], 10)).toEqual([]);
  });

  it('signals 8 in a row below once, covering all 8 points', () => {
    const { points, signals } = controlSignals([20, 9, 8, 9, 8, 9, 8, 9, 8, 20], wide(10));
    expect(signals.map((s) => [s.rule, s.direction, s.from, s.to])).toEqual([['run', 'down', 1, 8]]);
    expect(points.map((p) => p.inRun)).toEqual([false, ...Array(8).fill(true), false]);
    expect(signals[0]?.description).toBe('point 2 to point 9: 8 points in a row below the centre line (10)');
  });

  it('ends a run at a point on the centre line', () => {
    expect(rules([11, 12, 11, 10, 11, 12, 11, 12], 10)).toEqual([]);
  });
});

describe('controlSignals: trends', () => {
  it('signals 6 rising (5 rises), not 5', () => {
    expect(rules([1, 2, 3, 4, 5, 6], 3.5)).toEqual([['trend', 'up', 0, 5]]);
    expect(rules([1, 2, 3, 4, 5, 1], 3.5)).toEqual([]);
  });

  it('signals 6 falling', () => {
    expect(rules([2, 9, 8, 7, 6, 5, 4], 6.5)).toEqual([['trend', 'down', 1, 6]]);
  });

  it('ends a trend at a tie', () => {
    expect(rules([1, 2, 3, 3, 4, 5, 6], 3.5)).toEqual([]);
  });

  it('reports a run and a trend on the same points separately, in order of their first point', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 20, 21, 22, 23, 24, 25];
    const { signals, points } = controlSignals(values, wide(10));
    expect(signals.map((s) => [s.rule, s.direction, s.from, s.to])).toEqual([
      ['run', 'down', 0, 6],
      ['trend', 'up', 6, 12],
    ]);
    expect(points.filter((p) => p.inTrend)).toHaveLength(7);
  });
});
