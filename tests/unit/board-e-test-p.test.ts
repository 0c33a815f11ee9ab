import { describe, expect, it } from 'vitest';
import { eTestPTwoSided, poissonETest } from '../../server/analytics/trends/poisson-e-test.ts';
import reference from '../fixtures/trends/etest-reference.json' with { type: 'json' };

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-15);

describe('eTestPTwoSided (the board exceptions p-value)', () => {
  it('matches the SciPy brute-force reference of the E-test', () => {
    for (const row of reference) close(eTestPTwoSided(row.current, row.previous), row.eTest.pTwoSided);
  });

  it('equals poissonETest pTwoSided to the last bit, from none to tens of thousands of contacts', () => {
    let seed = 12345;
    const next = (below: number) => (seed = (seed * 16807) % 2147483647) % below;
    const pairs: [number, number, number, number][] = [
      [0, 0, 92, 92],
      [1, 0, 92, 92],
      [0, 1, 91, 92],
      [3, 3, 92, 92],
      [16606, 15000, 92, 92],
    ];
    for (let i = 0; i < 400; i++) {
      const scale = [5, 50, 500, 5000, 50000][i % 5] as number;
      pairs.push([next(scale), next(scale), 90 + next(3), 90 + next(3)]);
    }
    for (const [a, b, n1, n2] of pairs) {
      const now = { count: a, exposure: n1 };
      const before = { count: b, exposure: n2 };
      expect(eTestPTwoSided(now, before), `${a} over ${n1} against ${b} over ${n2}`).toBe(
        poissonETest(now, before).pTwoSided,
      );
    }
  });

  it('gives 1 when nothing changed or nothing happened, and refuses counts that are not whole', () => {
    expect(eTestPTwoSided({ count: 0, exposure: 92 }, { count: 0, exposure: 92 })).toBe(1);
    expect(eTestPTwoSided({ count: 40, exposure: 92 }, { count: 40, exposure: 92 })).toBe(1);
    expect(() => eTestPTwoSided({ count: 1.5, exposure: 92 }, { count: 1, exposure: 92 })).toThrow(
      RangeError,
    );
  });
});
