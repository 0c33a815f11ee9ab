import { describe, expect, it } from 'vitest';
import { conditionalBinomialTest } from '../../server/analytics/trends/conditional-test.ts';
import { poissonETest } from '../../server/analytics/trends/poisson-e-test.ts';
import reference from '../fixtures/trends/etest-reference.json' with { type: 'json' };

/** Agreement to 1 part in 10^9 of the reference (SciPy brute-force sums, see the script). */
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-15);

const label = ({ current: c, previous: p }: (typeof reference)[number]) =>
  `${c.count} over ${c.exposure} against ${p.count} over ${p.exposure}`;

describe('poissonETest (Krishnamoorthy & Thomson 2004)', () => {
  for (const row of reference) {
    it(`matches the SciPy reference for ${label(row)}`, () => {
      const result = poissonETest(row.current, row.previous);
      close(result.statistic, row.eTest.statistic);
      close(result.pUp, row.eTest.pUp);
      close(result.pDown, row.eTest.pDown);
      close(result.pTwoSided, row.eTest.pTwoSided);
    });
  }

  it('depends on the exposures only through their ratio', () => {
    const months = poissonETest({ count: 30, exposure: 6 }, { count: 40, exposure: 12 });
    const years = poissonETest({ count: 30, exposure: 0.5 }, { count: 40, exposure: 1 });
    close(years.pUp, months.pUp);
    close(years.pTwoSided, months.pTwoSided);
  });

  it('mirrors when the periods swap', () => {
    const a = poissonETest({ count: 9, exposure: 2 }, { count: 30, exposure: 3 });
    const b = poissonETest({ count: 30, exposure: 3 }, { count: 9, exposure: 2 });
    close(a.pDown, b.pUp);
    close(a.pTwoSided, b.pTwoSided);
    expect(a.statistic).toBe(-b.statistic);
  });

  it('handles counts in the hundreds of thousands', () => {
    const p = poissonETest({ count: 200_000, exposure: 1 }, { count: 201_000, exposure: 1 });
    expect(p.pDown).toBeGreaterThan(0.0);
    expect(p.pDown).toBeLessThan(0.06);
    expect(p.pUp).toBeGreaterThan(0.94);
  });

  it('refuses counts that are not whole numbers and exposures that are not positive', () => {
    expect(() => poissonETest({ count: 2.5, exposure: 1 }, { count: 1, exposure: 1 })).toThrow(RangeError);
    expect(() => poissonETest({ count: 2, exposure: 0 }, { count: 1, exposure: 1 })).toThrow(RangeError);
    expect(() => poissonETest({ count: 2, exposure: 1 }, { count: -1, exposure: 1 })).toThrow(RangeError);
  });
});

describe('conditionalBinomialTest', () => {
  for (const row of reference) {
    it(`matches scipy.stats.binomtest for ${label(row)}`, () => {
      const result = conditionalBinomialTest(row.current, row.previous);
      close(result.pUp, row.conditional.pUp);
      close(result.pDown, row.conditional.pDown);
      close(result.pTwoSided, row.conditional.pTwoSided);
    });
  }
});
