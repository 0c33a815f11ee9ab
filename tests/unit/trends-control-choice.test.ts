import { describe, expect, it } from 'vitest';
import { chooseControlChart } from '../../server/analytics/trends/control-choice.ts';
import { trendControl } from '../../server/services/trends/trend-control.ts';

// 95% points of chi-square from printed tables: 2 df 5.991, 4 df 9.488.
const BOUND_2 = 5.991 / 2;
const BOUND_4 = 9.488 / 4;

describe('chooseControlChart (c-chart when the dispersion ratio is within its 95% Poisson bound)', () => {
  it('keeps the c-chart for counts steadier than Poisson: 10,12,8,11,9 has variance 2.5, ratio 0.25', () => {
    const c = chooseControlChart([10, 12, 8, 11, 9]);
    expect(c.kind).toBe('c');
    expect(c.mean).toBe(10);
    expect(c.dispersion).toBeCloseTo(0.25, 12);
    expect(c.bound).toBeCloseTo(BOUND_4, 3);
    expect(c.reason).toMatch(/c-chart fits/);
  });

  it('picks XmR for police.uk-scale months: 1049,969,836,897,943 has variance 6347.2, ratio 6.76', () => {
    // mean 938.8; squared deviations 12144.04 + 912.04 + 10567.84 + 1747.24 + 17.64 = 25388.8, / 4 = 6347.2
    const c = chooseControlChart([1049, 969, 836, 897, 943]);
    expect(c.kind).toBe('xmr');
    expect(c.mean).toBeCloseTo(938.8, 9);
    expect(c.dispersion).toBeCloseTo(6347.2 / 938.8, 9);
    expect(c.reason).toMatch(/^Dispersion ratio 6\.76 is above the 2\.37 /);
  });

  it('decides on either side of the bound with three points (bound 2.996)', () => {
    // 3,0,3: mean 2, variance (1 + 4 + 1) / 2 = 3, ratio 1.5. 0,6,0: variance (4 + 16 + 4) / 2 = 12, ratio 6.
    expect(chooseControlChart([3, 0, 3])).toMatchObject({ kind: 'c', dispersion: 1.5 });
    expect(chooseControlChart([0, 6, 0])).toMatchObject({ kind: 'xmr', dispersion: 6 });
    expect(chooseControlChart([0, 6, 0]).bound).toBeCloseTo(BOUND_2, 3);
  });

  it('falls back to the c-chart when the spread cannot be judged', () => {
    expect(chooseControlChart([7])).toMatchObject({ kind: 'c', dispersion: null, bound: null });
    expect(chooseControlChart([0, 0, 0])).toMatchObject({ kind: 'c', dispersion: null, bound: null });
    expect(chooseControlChart([])).toMatchObject({ kind: 'c', mean: 0 });
  });
});

const months = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    start: `2024-${String(i + 1).padStart(2, '0')}-01`,
    end: '',
    partial: false,
  }));

describe('trendControl with a chart choice', () => {
  const big = [1049, 969, 836, 897, 943];

  it('draws the advised chart when asked for auto, and says so', () => {
    const chart = trendControl(big, months(5), 'auto', (s) => s);
    expect(chart?.kind).toBe('xmr');
    expect(chart?.choice).toMatchObject({ requested: 'auto', advised: 'xmr' });
    // XmR: moving ranges 80, 133, 61, 46, mean 80; limits 938.8 +/- 2.66 x 80
    expect(chart?.upper).toBeCloseTo(938.8 + 212.8, 9);
  });

  it('keeps the user choice against the advice, with the advice beside it', () => {
    const chart = trendControl(big, months(5), 'c', (s) => s);
    expect(chart?.kind).toBe('c');
    expect(chart?.choice).toMatchObject({ requested: 'c', advised: 'xmr' });
    expect(chart?.upper).toBeCloseTo(938.8 + 3 * Math.sqrt(938.8), 9);
  });

  it('judges only the whole intervals: a partial month at the end is left out', () => {
    const spans = [...months(3), { start: '2024-04-01', end: '', partial: true }];
    const chart = trendControl([3, 0, 3, 900], spans, 'auto', (s) => s);
    expect(chart?.choice.dispersion).toBe(1.5);
    expect(chart?.kind).toBe('c');
  });
});
