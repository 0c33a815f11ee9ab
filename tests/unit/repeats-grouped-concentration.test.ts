import { describe, expect, it } from 'vitest';
import {
  concentrationCurve,
  concentrationSummary,
  shareInTop,
} from '../../server/analytics/hotspot/concentration.ts';
import { groupedConcentration } from '../../server/analytics/repeats/grouped-concentration.ts';

describe('groupedConcentration (references grouped by their complaints)', () => {
  it('gives what the per-reference curve gives, on random groups', () => {
    let seed = 11;
    const next = (below: number) => (seed = (seed * 16807) % 2147483647) % below;
    for (let round = 0; round < 200; round++) {
      const groups = Array.from({ length: 1 + next(12) }, () => ({ count: next(40), places: next(30) }));
      const counts = groups.flatMap((g) => Array<number>(g.places).fill(g.count));
      const grouped = groupedConcentration(groups);
      const s = concentrationSummary(counts);
      const close = (a: number | null, b: number | null) =>
        a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 12);
      expect(grouped.summary.places).toBe(s.places);
      expect(grouped.summary.contacts).toBe(s.contacts);
      expect(grouped.summary.repeatPlaces).toBe(s.repeatPlaces);
      for (const k of ['top1', 'top5', 'top10', 'gini', 'repeatShare'] as const)
        close(grouped.summary[k], s[k]);
      const curve = concentrationCurve(counts);
      if (curve.length > 0)
        for (let f = 0; f <= 1; f += 1 / 64) expect(grouped.share(f)).toBeCloseTo(shareInTop(curve, f), 12);
    }
  });

  it('reads a hand-worked curve: 3 references with 4 complaints and 5 with 1', () => {
    const { summary, share } = groupedConcentration([
      { count: 1, places: 5 },
      { count: 4, places: 3 },
    ]);
    // 17 complaints over 8 references; the busiest 3/8 hold 12/17.
    expect(summary).toMatchObject({ places: 8, contacts: 17, repeatPlaces: 3 });
    expect(summary.repeatShare).toBeCloseTo(12 / 17, 15);
    expect(share(3 / 8)).toBeCloseTo(12 / 17, 15);
    expect(share(0.25)).toBeCloseTo(8 / 17, 15);
    // Gini: 2 x area under the curve - 1; area = 3/8 x (12/17)/2 + 5/8 x (12/17 + 1)/2.
    expect(summary.gini).toBeCloseTo(2 * ((3 / 8) * (6 / 17) + (5 / 8) * (29 / 34)) - 1, 15);
  });

  it('is empty without complaints', () => {
    const { summary, share } = groupedConcentration([{ count: 0, places: 4 }]);
    expect(summary).toMatchObject({ places: 4, contacts: 0, top1: null, gini: null, repeatShare: null });
    expect(share(0.5)).toBeNaN();
  });
});
