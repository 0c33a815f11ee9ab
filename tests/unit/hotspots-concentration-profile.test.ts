import { describe, expect, it } from 'vitest';
import { concentrationProfile } from '../../server/analytics/hotspot/concentration-profile.ts';

describe('concentrationProfile', () => {
  it('reads the curve at even shares of places: 4 places holding 6, 2, 1, 1 contacts', () => {
    // Busiest first: after 1 of 4 places 6/10, after 2 8/10, after 3 9/10, after 4 all.
    const p = concentrationProfile([1, 6, 1, 2], 4);
    expect(p.curve).toEqual([
      { unitShare: 0, contactShare: 0 },
      { unitShare: 0.25, contactShare: 0.6 },
      { unitShare: 0.5, contactShare: 0.8 },
      { unitShare: 0.75, contactShare: 0.9 },
      { unitShare: 1, contactShare: 1 },
    ]);
    expect(p.units).toBe(4);
    expect(p.contacts).toBe(10);
    expect(p.repeatUnits).toBe(2);
    expect(p.repeatShare).toBeCloseTo(0.8, 12);
    // Between places the curve is linear: the busiest 10% of 4 places is 0.4 of the first, 0.4 x 0.6.
    expect(p.top10).toBeCloseTo(0.24, 12);
  });

  it('ends at exactly 1 and has no curve without contacts', () => {
    const p = concentrationProfile([3, 0, 0, 1, 0, 0, 2]);
    expect(p.curve).toHaveLength(101);
    expect(p.curve.at(-1)?.contactShare).toBe(1);
    expect(concentrationProfile([0, 0]).curve).toEqual([]);
  });
});
