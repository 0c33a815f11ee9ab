import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { chisquareQuantile, lowRegGamma } from '../../server/analytics/gamma-quantile.ts';

// The early-stopping version must give what jStat's full-length loops give: it replaced them only for speed.
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

// Every count to 2,000, then counts growing by 7% to 1,000,000 (the largest a 1M-record area total can be).
const COUNTS = [
  ...Array.from({ length: 2001 }, (_, c) => c),
  ...Array.from({ length: 100 }, (_, i) => Math.round(2000 * 1.07 ** i)).filter((c) => c <= 1e6),
];

describe('chisquareQuantile (jStat gammapinv with converged loops stopped)', () => {
  it("gives jStat's lower Garwood ends bit for bit (the series branch)", () => {
    const differing = COUNTS.filter((c) => c > 0).filter(
      (c) => chisquareQuantile(0.025, 2 * c) !== jstat.jStat.chisquare.inv(0.025, 2 * c),
    );
    expect(differing).toEqual([]);
  });

  // jStat's own ends are off SciPy's by up to 2.4e-12 (its Lanczos ln Γ): beyond 1e-12 both are noise.
  it("gives jStat's upper 95% ends to 1 part in 10^12", () => {
    const worse = COUNTS.filter(
      (c) =>
        relative(chisquareQuantile(0.975, 2 * c + 2), jstat.jStat.chisquare.inv(0.975, 2 * c + 2)) > 1e-12,
    );
    expect(worse).toEqual([]);
  });

  it('solves P(a, x) = p: the chi-square with 2 degrees of freedom is exponential, x = -2 ln(1 - p)', () => {
    for (const p of [0.025, 0.5, 0.975])
      expect(relative(chisquareQuantile(p, 2), -2 * Math.log(1 - p))).toBeLessThan(1e-9);
  });
});

describe('lowRegGamma', () => {
  it("agrees with jStat's to 1e-12 either side of the branch at x = a + 1", () => {
    for (const a of [0.5, 1, 3, 50, 1000, 123_456])
      for (const f of [0.2, 0.9, 1, 1.1, 3]) {
        const x = a * f + (f === 1 ? 1 : 0);
        expect(Math.abs(lowRegGamma(a, x) - jstat.jStat.lowRegGamma(a, x))).toBeLessThan(1e-12);
      }
  });

  it('is 1 - e^-x for a = 1', () => {
    for (const x of [0.1, 1, 2, 10])
      expect(Math.abs(lowRegGamma(1, x) - (1 - Math.exp(-x)))).toBeLessThan(1e-9);
  });
});
