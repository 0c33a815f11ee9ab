import { describe, expect, it } from 'vitest';
import {
  concentrationCurve,
  concentrationSummary,
  shareInTop,
} from '../../server/analytics/hotspot/concentration.ts';

describe('concentration of contacts over places', () => {
  // Busiest first: 5, 3, 1, 1, 0 of 10 contacts.
  const counts = [0, 1, 5, 1, 3];

  it('draws the curve busiest place first, from (0, 0), zero-count places included', () => {
    const expected = [
      [0, 0],
      [0.2, 0.5],
      [0.4, 0.8],
      [0.6, 0.9],
      [0.8, 1],
      [1, 1],
    ];
    const curve = concentrationCurve(counts);
    expect(curve).toHaveLength(6);
    curve.forEach((p, i) => {
      expect(p.placeShare).toBeCloseTo(expected[i]?.[0] ?? Number.NaN, 12);
      expect(p.contactShare).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 12);
    });
  });

  it('reads shares between places by linear interpolation: top 10% 0.25, top 30% 0.65', () => {
    const curve = concentrationCurve(counts);
    expect(shareInTop(curve, 0.1)).toBeCloseTo(0.25, 12);
    expect(shareInTop(curve, 0.3)).toBeCloseTo(0.65, 12);
    expect(shareInTop(curve, 1)).toBe(1);
  });

  it('gives a Gini of 0.48, the mean absolute difference 48 / (2 x 5^2 x 2), and 2 repeat places with 80%', () => {
    const s = concentrationSummary(counts);
    expect(s.gini).toBeCloseTo(0.48, 12);
    expect(s).toMatchObject({ places: 5, contacts: 10, repeatPlaces: 2, repeatShare: 0.8 });
  });

  it('gives 40%, 80% and 100% in the top 1, 5 and 10% of 100 places', () => {
    const hundred = [40, 10, 10, 10, 10, 4, 4, 4, 4, 4, ...new Array<number>(90).fill(0)];
    const s = concentrationSummary(hundred);
    expect(s.top1).toBeCloseTo(0.4, 12);
    expect(s.top5).toBeCloseTo(0.8, 12);
    expect(s.top10).toBeCloseTo(1, 12);
  });

  it('gives a Gini of 0 for equal counts and nulls without contacts', () => {
    expect(concentrationSummary([2, 2, 2, 2]).gini).toBeCloseTo(0, 12);
    expect(concentrationSummary([0, 0])).toMatchObject({ top1: null, gini: null, repeatShare: null });
    expect(() => concentrationCurve([1, -1])).toThrow(RangeError);
  });
});
