import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../server/analytics/hotspot/mann-kendall.ts';
import { readFixture, type BhMannKendallFixture } from '../fixtures/hotspot/hotspot-kit.ts';

// S and Var(S) by hand in R, z and p checked there against cor.test(method = "kendall",
// continuity = TRUE): tests/fixtures/hotspot/gistar-reference.R.
const { mannKendall: reference } = readFixture<BhMannKendallFixture>('bh-mann-kendall.json');

describe('Mann-Kendall trend test', () => {
  for (const ref of reference) {
    it(`gives S = ${ref.s}, Var(S) = ${ref.varS.toFixed(3)}, z = ${ref.z.toFixed(4)} for [${ref.series.join(', ')}]`, () => {
      const t = mannKendall(ref.series);
      expect(t.s).toBe(ref.s);
      expect(Math.abs(t.varS - ref.varS)).toBeLessThan(1e-9);
      expect(Math.abs(t.z - ref.z)).toBeLessThan(1e-12);
      expect(Math.abs(t.p - ref.p)).toBeLessThan(1e-12);
    });
  }

  it('works a small hand example with ties: [1, 2, 2, 3]', () => {
    // Pairs: +1 +1 +1 (from 1), 0 +1 (from the 2s), +1 -> S = 5; ties: one group of 2.
    // Var = (4 x 3 x 13 - 2 x 1 x 9) / 18 = 138 / 18; z = (5 - 1) / sqrt(138 / 18).
    const t = mannKendall([1, 2, 2, 3]);
    expect(t.s).toBe(5);
    expect(t.varS).toBeCloseTo(138 / 18, 12);
    expect(t.z).toBeCloseTo(4 / Math.sqrt(138 / 18), 12);
    expect(t.tau).toBeCloseTo(5 / 6, 12);
  });

  it('gives z = 0 and p = 1 for a flat or too-short series', () => {
    expect(mannKendall([3, 3, 3])).toMatchObject({ s: 0, z: 0, p: 1 });
    expect(mannKendall([7])).toMatchObject({ s: 0, z: 0, p: 1 });
  });
});
