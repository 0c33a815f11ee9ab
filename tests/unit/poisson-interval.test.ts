import { describe, expect, it } from 'vitest';
import { poissonInterval, poissonRate } from '../../server/analytics/poisson-interval.ts';

// [count, low, high]: R's poisson.test(x)$conf.int, computed by tests/fixtures/poisson-interval-reference.py
// with SciPy and checked there against an independent 50-digit root-finding solution of the tail equations.
const REFERENCE: [number, number, number][] = [
  [0, 0, 3.68887945411394],
  [1, 0.0253178079842899, 5.5716433909389],
  [2, 0.242209278543965, 7.22468766772396],
  [5, 1.62348639011842, 11.6683320793227],
  [10, 4.79538869613243, 18.3903560420178],
  [20, 12.2165195854039, 30.8883779026746],
  [100, 81.3639912509231, 121.626793792426],
  [1000, 938.973018407695, 1063.9521360163],
];

/** Agreement to 1 part in 10^9 of the reference. */
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('poissonInterval (exact Garwood 95%)', () => {
  for (const [count, low, high] of REFERENCE) {
    it(`gives ${low} to ${high} for a count of ${count}`, () => {
      const i = poissonInterval(count);
      close(i.low, low);
      close(i.high, high);
    });
  }

  it('narrows as the confidence falls', () => {
    const i99 = poissonInterval(10, 0.99);
    const i90 = poissonInterval(10, 0.9);
    const i95 = poissonInterval(10);
    expect(i99.low).toBeLessThan(i95.low);
    expect(i99.high).toBeGreaterThan(i95.high);
    expect(i90.low).toBeGreaterThan(i95.low);
    expect(i90.high).toBeLessThan(i95.high);
  });

  it('refuses counts that are not whole numbers at or above 0, and confidence outside (0, 1)', () => {
    expect(() => poissonInterval(-1)).toThrow(RangeError);
    expect(() => poissonInterval(2.5)).toThrow(RangeError);
    expect(() => poissonInterval(Number.NaN)).toThrow(RangeError);
    expect(() => poissonInterval(3, 1)).toThrow(RangeError);
    expect(() => poissonInterval(3, 0)).toThrow(RangeError);
  });
});

describe('poissonRate (per 1,000 residents)', () => {
  it('scales the count and its interval by 1,000 / population', () => {
    const r = poissonRate(10, 2_000);
    expect(r.rate).toBe(5);
    close(r.rateLow ?? Number.NaN, 4.79538869613243 / 2);
    close(r.rateHigh ?? Number.NaN, 18.3903560420178 / 2);
  });

  it('gives a rate of 0 with an upper end above 0 for no contacts', () => {
    expect(poissonRate(0, 1_000)).toEqual({
      rate: 0,
      rateLow: 0,
      rateHigh: expect.closeTo(3.68887945411394, 9),
    });
  });

  it('gives no rate without residents', () => {
    const none = { rate: null, rateLow: null, rateHigh: null };
    expect(poissonRate(4, null)).toEqual(none);
    expect(poissonRate(4, 0)).toEqual(none);
  });
});
