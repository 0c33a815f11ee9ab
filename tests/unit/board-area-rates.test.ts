import { describe, expect, it } from 'vitest';
import { boardAreaRates } from '../../server/analytics/board/area-rates.ts';
import { poissonInterval } from '../../server/analytics/poisson-interval.ts';

const areas = [
  { code: 'A', count: 30, population: 10_000 },
  { code: 'B', count: 3, population: 2_000 },
  { code: 'C', count: 12, population: 4_000 },
  { code: 'D', count: 0, population: 1_500 },
];

describe('boardAreaRates', () => {
  it('hides a small count, its protector, and their rates; shows the rest with intervals', () => {
    const { rows, total } = boardAreaRates(areas, { targetPer1000: 2 });
    expect(rows.map((r) => [r.code, r.count.kind, r.rate === null])).toEqual([
      ['A', 'value', false],
      ['B', 'suppressed', true],
      ['C', 'suppressed', true],
      ['D', 'value', false],
    ]);
    const a = poissonInterval(30);
    expect(rows[0]?.rate).toEqual({ rate: 3, rateLow: a.low / 10, rateHigh: a.high / 10 });
    expect(rows.map((r) => r.rag)).toEqual(['red', null, null, 'amber']);
    expect(total.count).toEqual({ kind: 'value', value: 45 });
    expect(total.rate?.rate).toBeCloseTo((45 / 17_500) * 1000, 12);
    expect(total.rag).toBe('amber');
  });

  it('turns an area green when its whole interval is under the target', () => {
    // 30 per 10,000: 2.02 to 4.28 per 1,000
    expect(boardAreaRates(areas, { targetPer1000: 5 }).rows[0]?.rag).toBe('green');
  });

  it('gives no rate or RAG without residents or without a target', () => {
    const { rows, total } = boardAreaRates([
      { code: 'A', count: 30, population: null },
      { code: 'B', count: 40, population: 1000 },
    ]);
    expect(rows.map((r) => [r.rate, r.rag])).toEqual([
      [null, null],
      [expect.objectContaining({ rate: 40 }), null],
    ]);
    expect(total.rate).toBeNull();
  });
});
