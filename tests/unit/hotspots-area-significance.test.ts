import { describe, expect, it } from 'vitest';
import { poissonTest, versusForceRate } from '../../server/analytics/hotspot/area-significance.ts';

const e = Math.exp;

describe('poissonTest (exact test of a count against a known mean)', () => {
  it('gives the upper tail of 5 against a mean of 2 by hand: 1 - e^-2 (1 + 2 + 2 + 4/3 + 2/3)', () => {
    const t = poissonTest(5, 2);
    const upper = 1 - e(-2) * 7;
    expect(t.pAbove).toBeCloseTo(upper, 12);
    // P(5) = e^-2 32/120 = 0.0361 is below P(0) = 0.135, so no lower outcome is as unlikely: two-sided = upper.
    expect(t.pTwoSided).toBeCloseTo(upper, 12);
    expect(t.pTwoSided).toBeCloseTo(0.05265302, 7);
  });

  it('adds both tails for 3 against a mean of 10: P(X <= 3) + P(X >= 18), as R poisson.test(3, r = 10)', () => {
    const t = poissonTest(3, 10);
    const lower = e(-10) * (1 + 10 + 50 + 1000 / 6);
    expect(t.pBelow).toBeCloseTo(lower, 12);
    // P(17) = 0.01276 > P(3) = 0.00757 >= P(18) = 0.00709, so the upper tail starts at 18.
    let below18 = 0;
    for (let k = 0, p = e(-10); k <= 17; k++, p *= 10 / k) below18 += p;
    expect(t.pTwoSided).toBeCloseTo(lower + (1 - below18), 10);
    expect(t.pTwoSided).toBeCloseTo(0.02461, 4);
  });

  it('calls a count at its mean no evidence at all', () => {
    expect(poissonTest(4, 4).pTwoSided).toBeGreaterThan(0.99);
    expect(poissonTest(0, 0).pTwoSided).toBe(1);
    expect(() => poissonTest(1.5, 2)).toThrow(RangeError);
  });
});

describe('versusForceRate', () => {
  it('tests each area against residents x the force rate and adjusts with Benjamini-Hochberg', () => {
    // Force rate 0.01 per resident: expected 10, 10, 10 and none for the area without residents.
    const areas = [
      { contacts: 25, population: 1000 },
      { contacts: 3, population: 1000 },
      { contacts: 11, population: 1000 },
      { contacts: 5, population: null },
    ];
    const out = versusForceRate(areas, 0.01);
    const p = [poissonTest(25, 10), poissonTest(3, 10), poissonTest(11, 10)].map((t) => t.pTwoSided);
    // BH by hand over m = 3: sorted p1 < p2 < p3, adjusted p(i) = min over j >= i of 3 p(j) / rank(j).
    const [p1, p2, p3] = p as [number, number, number];
    expect(p1).toBeLessThan(p2);
    expect(p2).toBeLessThan(p3);
    expect(out[0]?.pAdjusted).toBeCloseTo(Math.min(3 * p1, 1.5 * p2, p3), 12);
    expect(out[1]?.pAdjusted).toBeCloseTo(Math.min(1.5 * p2, p3), 12);
    expect(out[2]?.pAdjusted).toBeCloseTo(p3, 12);
    expect(out.map((v) => v?.verdict ?? null)).toEqual(['above', 'below', 'not_different', null]);
    expect(out[0]?.expected).toBeCloseTo(10, 12);
  });
});
