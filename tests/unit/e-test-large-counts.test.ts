import { describe, expect, it } from 'vitest';
import type { ExposedCount } from '../../server/analytics/trends/exposed-count.ts';
import { poissonMass } from '../../server/analytics/trends/point-mass.ts';
import {
  eTestPTwoSided,
  eTestStatistic,
  poissonETest,
} from '../../server/analytics/trends/poisson-e-test.ts';

/**
 * The E-test as first written: fresh masses per tail, and for each x1 the first x2 where T leaves the
 * tail found by a sweep, so P(T >= c) (or <= c) is the sum over x1 of its mass times a cumulative sum
 * of the other mass. The fast version reuses buffers and, with equal exposures, serves both tails with
 * one sweep; it must agree.
 */
function referenceTail(k1: number, n1: number, k2: number, n2: number, c: number, upper: boolean): number {
  const pooled = (k1 + k2) / (n1 + n2);
  const m1 = poissonMass(n1 * pooled);
  const m2 = poissonMass(n2 * pooled);
  // Cumulative sums from either end, so neither tail is a difference of nearly equal sums.
  const below = [0];
  for (const p of m2.mass) below.push((below.at(-1) ?? 0) + p);
  const above = Array<number>(m2.mass.length + 1).fill(0);
  for (let j = m2.mass.length - 1; j >= 0; j--) above[j] = (above[j + 1] ?? 0) + (m2.mass[j] ?? 0);
  let p = 0;
  for (let i = 0, cut = 0; i < m1.mass.length; i++) {
    const x1 = m1.start + i;
    for (; cut < m2.mass.length; cut++) {
      const t = eTestStatistic(x1, n1, m2.start + cut, n2);
      if (upper ? t < c : t <= c) break;
    }
    // Upper: the x2 before the cut have T >= c; lower: those from the cut on have T <= c.
    p += (m1.mass[i] ?? 0) * (upper ? (below[cut] ?? 0) : (above[cut] ?? 0));
  }
  return Math.min(1, p);
}

/** The same tail by brute force over every pair, for small counts only. */
function bruteTail(k1: number, n1: number, k2: number, n2: number, c: number, upper: boolean): number {
  const pooled = (k1 + k2) / (n1 + n2);
  const m1 = poissonMass(n1 * pooled);
  const m2 = poissonMass(n2 * pooled);
  let p = 0;
  m1.mass.forEach((p1, i) =>
    m2.mass.forEach((p2, j) => {
      const t = eTestStatistic(m1.start + i, n1, m2.start + j, n2);
      if (upper ? t >= c : t <= c) p += p1 * p2;
    }),
  );
  return Math.min(1, p);
}

function reference(current: ExposedCount, previous: ExposedCount, tail = referenceTail) {
  const [k1, n1, k2, n2] = [current.count, current.exposure, previous.count, previous.exposure];
  const t = eTestStatistic(k1, n1, k2, n2);
  if (k1 + k2 === 0) return { pUp: 1, pDown: 1, pTwoSided: 1 };
  const size = Math.abs(t);
  const tie = 1e-9;
  const two =
    size <= tie
      ? 1
      : Math.min(1, tail(k1, n1, k2, n2, size - tie, true) + tail(k1, n1, k2, n2, -size + tie, false));
  return {
    pUp: tail(k1, n1, k2, n2, t - tie, true),
    pDown: tail(k1, n1, k2, n2, t + tie, false),
    pTwoSided: two,
  };
}

const agree = (actual: number, expected: number, what: string) =>
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-12 * Math.abs(expected));

describe('the E-test at large counts', () => {
  let seed = 424242;
  const next = (below: number) => (seed = (seed * 16807) % 2147483647) % below;

  it('agrees with the term-by-term sum to 1e-12 (relative) on random pairs, equal and unequal periods', () => {
    for (let i = 0; i < 120; i++) {
      const scale = [8, 60, 700, 4000][i % 4] as number;
      const a = next(scale);
      // Half the pairs close together (p-values near 1), half anywhere (p-values down to the tiniest).
      const b =
        i % 2
          ? next(scale)
          : Math.max(0, a + next(2 * Math.ceil(Math.sqrt(scale)) + 1) - Math.ceil(Math.sqrt(scale)));
      const n1 = 89 + next(4);
      const n2 = i % 3 === 0 ? 89 + next(4) : n1;
      const now = { count: a, exposure: n1 };
      const before = { count: b, exposure: n2 };
      const want = reference(now, before);
      const got = poissonETest(now, before);
      const what = `${a} over ${n1} against ${b} over ${n2}`;
      agree(got.pUp, want.pUp, `${what}: up`);
      agree(got.pDown, want.pDown, `${what}: down`);
      agree(got.pTwoSided, want.pTwoSided, `${what}: two-sided`);
      agree(eTestPTwoSided(now, before), want.pTwoSided, `${what}: board's two-sided`);
    }
  });

  it('agrees with brute force over every pair of counts when the counts are small', () => {
    for (const [a, b, n1, n2] of [
      [0, 3, 92, 92],
      [5, 1, 92, 92],
      [12, 30, 90, 91],
      [41, 26, 92, 92],
      [70, 70, 91, 92],
    ] as const) {
      const now = { count: a, exposure: n1 };
      const before = { count: b, exposure: n2 };
      const want = reference(now, before, bruteTail);
      const got = poissonETest(now, before);
      for (const k of ['pUp', 'pDown', 'pTwoSided'] as const)
        agree(got[k], want[k], `${a} against ${b}: ${k}`);
    }
  });

  it('agrees on counts up to a million, where each mass has thousands of terms', () => {
    const pairs: [number, number, number, number][] = [
      [1_000_000, 1_000_000, 92, 92],
      [1_000_000, 998_500, 92, 92],
      [1_000_000, 996_000, 92, 92],
      [250_000, 251_700, 91, 92],
      [603_211, 600_000, 90, 91],
      [16_606, 15_000, 92, 92],
    ];
    for (const [a, b, n1, n2] of pairs) {
      const now = { count: a, exposure: n1 };
      const before = { count: b, exposure: n2 };
      const want = reference(now, before);
      const got = poissonETest(now, before);
      // Hand check: 1,000,000 against 996,000 is T = 4000 / sqrt(1,996,000) = 2.83, so p is about 0.0047.
      if (a === 1_000_000 && b === 996_000) expect(got.pTwoSided).toBeCloseTo(0.0047, 3);
      agree(got.pUp, want.pUp, `${a} against ${b}: up`);
      agree(got.pDown, want.pDown, `${a} against ${b}: down`);
      agree(got.pTwoSided, want.pTwoSided, `${a} against ${b}: two-sided`);
      agree(eTestPTwoSided(now, before), want.pTwoSided, `${a} against ${b}: board's two-sided`);
    }
  });

  it('gives the same answer whatever was computed before it (no state leaks between calls)', () => {
    const small = { count: 7, exposure: 92 };
    const first = poissonETest(small, { count: 2, exposure: 92 });
    poissonETest({ count: 900_000, exposure: 92 }, { count: 905_000, exposure: 91 });
    expect(poissonETest(small, { count: 2, exposure: 92 })).toEqual(first);
  });
});
