import { describe, expect, it } from 'vitest';
import { changeVerdict, WHEELER_ALPHA } from '../../server/analytics/trends/change-verdict.ts';

const per = (count: number, exposure = 1) => ({ count, exposure });

describe('changeVerdict', () => {
  it("calls 16 to 25 (+56%) no real change, as Wheeler's z = 2 does", () => {
    const v = changeVerdict(per(25), per(16));
    expect(v).toMatchObject({ verdict: 'no_real_change', percent: 56.25, wheelerZ: 2 });
    expect(v.explanation).toMatch(/^No real change: .*p = 0\.16\)\.$/);
  });

  it('calls 100 to 144 up and 144 to 100 down (E-test p = 0.0024 each way; Wheeler z = 4)', () => {
    expect(changeVerdict(per(144), per(100))).toMatchObject({ verdict: 'up', wheelerZ: 4 });
    const down = changeVerdict(per(100), per(144));
    expect(down).toMatchObject({ verdict: 'down', wheelerZ: -4 });
    expect(down.explanation).toBe(
      'Down: a fall more than chance would explain (Poisson E-test, p = 0.0024).',
    );
  });

  it('compares rates when the periods differ in length, and gives no Wheeler z then', () => {
    // 30 in 6 months against 40 in 12: +50% a month, but E-test p(up) = 0.048 > 0.017
    const v = changeVerdict(per(30, 6), per(40, 12));
    expect(v).toMatchObject({ verdict: 'no_real_change', currentRate: 5, wheelerZ: null });
    expect(v.percent).toBeCloseTo(50, 9);
    // 60 in 6 months against 60 in 12: twice the rate
    expect(changeVerdict(per(60, 6), per(60, 12)).verdict).toBe('up');
  });

  it('holds the standard of |z| >= 3 by default and a looser one on request', () => {
    expect(WHEELER_ALPHA).toBeCloseTo(0.0339, 4);
    // p(down) = 0.0267 (see the reference fixture)
    expect(changeVerdict(per(2, 28), per(9, 31)).verdict).toBe('no_real_change');
    expect(changeVerdict(per(2, 28), per(9, 31), 0.06).verdict).toBe('down');
  });

  it('needs the one-sided p-value at or under half the level: 1,100 in 366 days against 1,000 in 365 falls just short', () => {
    // E-test p(up) = 0.017035 (mirror of the reference row 1000/365 against 1100/366); half the level 0.016947
    expect(changeVerdict(per(1100, 366), per(1000, 365)).verdict).toBe('no_real_change');
    expect(changeVerdict(per(1000, 365), per(1100, 366)).verdict).toBe('no_real_change');
    expect(changeVerdict(per(1100, 366), per(1000, 365), 0.035).verdict).toBe('up');
  });

  it('gives no percentage when there was nothing before, and calls 0 to 0 no real change', () => {
    expect(changeVerdict(per(5), per(0))).toMatchObject({ verdict: 'up', percent: null });
    expect(changeVerdict(per(0), per(0))).toMatchObject({ verdict: 'no_real_change', percent: null });
  });

  it('carries the conditional test as a cross-check that agrees in direction', () => {
    const v = changeVerdict(per(144), per(100));
    expect(v.conditional.pUp).toBeCloseTo(0.0029, 4);
    expect(v.conditional.pUp).toBeLessThan(WHEELER_ALPHA / 2);
  });
});
