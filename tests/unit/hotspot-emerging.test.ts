import { describe, expect, it } from 'vitest';
import { classifyEmerging, type EmergingClass } from '../../server/analytics/hotspot/emerging-classes.ts';
import {
  emergingFromSlices,
  emergingHotspotsGrid,
} from '../../server/analytics/hotspot/emerging-hotspots.ts';
import { giStarGrid } from '../../server/analytics/hotspot/gi-star-grid.ts';
import { poissonGrid } from '../fixtures/hotspot/hotspot-kit.ts';

// A series of 10 slices written as H (significant hot), C (significant cold) or . (not significant).
const cell = (pattern: string, trend = { s: 0, p: 1 }) => ({
  z: [...pattern].map((ch) => (ch === 'H' ? 3 : ch === 'C' ? -3 : 0.5)),
  significant: [...pattern].map((ch) => ch !== '.'),
  trend,
});
const RISING = { s: 30, p: 0.01 };
const FALLING = { s: -30, p: 0.01 };

describe('emerging hotspot classes (ESRI definitions, trend significant at p < 0.10)', () => {
  const cases: [string, { s: number; p: number }, EmergingClass][] = [
    ['.........H', { s: 0, p: 1 }, 'new_hot'],
    ['.......HHH', { s: 0, p: 1 }, 'consecutive_hot'],
    ['HHHHHHHHHH', RISING, 'intensifying_hot'],
    ['HHHHHHHHHH', { s: 10, p: 0.2 }, 'persistent_hot'],
    ['HHHH.HHHHH', FALLING, 'diminishing_hot'],
    ['..H..H...H', { s: 0, p: 1 }, 'sporadic_hot'],
    ['..H..H....', { s: 0, p: 1 }, 'sporadic_hot'],
    ['...C..H..H', { s: 0, p: 1 }, 'oscillating_hot'],
    ['C........H', { s: 0, p: 1 }, 'oscillating_hot'],
    ['HHHHHHHHH.', FALLING, 'historical_hot'],
    ['.........C', { s: 0, p: 1 }, 'new_cold'],
    ['......CCCC', { s: 0, p: 1 }, 'consecutive_cold'],
    ['CCCCCCCCCC', FALLING, 'intensifying_cold'],
    ['CCCCCCCCCC', RISING, 'diminishing_cold'],
    ['CCCCCCCCCC', { s: 0, p: 1 }, 'persistent_cold'],
    ['..H..C...C', { s: 0, p: 1 }, 'oscillating_cold'],
    ['CCCCCCCCC.', { s: 0, p: 1 }, 'historical_cold'],
    ['.C...C....', { s: 0, p: 1 }, 'sporadic_cold'],
    ['..........', { s: 0, p: 1 }, 'none'],
    ['..H..C....', { s: 0, p: 1 }, 'none'],
    ['HHHHHHHH..', { s: 0, p: 1 }, 'sporadic_hot'],
  ];
  for (const [pattern, trend, expected] of cases) {
    it(`reads ${pattern} (trend S ${trend.s}, p ${trend.p}) as ${expected}`, () => {
      expect(classifyEmerging(cell(pattern, trend), 0.1)).toBe(expected);
    });
  }

  it('needs the trend under trendAlpha to call it intensifying', () => {
    expect(classifyEmerging(cell('HHHHHHHHHH', { s: 20, p: 0.07 }), 0.05)).toBe('persistent_hot');
  });
});

describe('emerging hotspots over seeded grid series (12 slices, background mean 10)', () => {
  // One 3 x 3 block at the centre of a 15 x 15 grid whose mean follows blockMean(slice).
  const classAtCentre = (blockMean: (t: number) => number, seed: number) => {
    const slices = Array.from({ length: 12 }, (_, t) =>
      poissonGrid(15, 15, seed * 100 + t, (c, r) =>
        Math.abs(c - 7) <= 1 && Math.abs(r - 7) <= 1 ? blockMean(t) : 10,
      ),
    );
    return emergingHotspotsGrid(slices).classes[7 * 15 + 7];
  };
  const scenarios: [string, (t: number) => number, EmergingClass][] = [
    ['a constant strong block', () => 30, 'persistent_hot'],
    ['a block growing from 20 to 53', (t) => 20 + 3 * t, 'intensifying_hot'],
    ['a block shrinking from 53 to 20', (t) => 53 - 3 * t, 'diminishing_hot'],
    ['a block only in the last slice', (t) => (t === 11 ? 30 : 10), 'new_hot'],
    ['a block in the last 3 slices', (t) => (t >= 9 ? 30 : 10), 'consecutive_hot'],
    ['a block gone in the last slice', (t) => (t < 11 ? 30 : 10), 'historical_hot'],
    ['a block in slices 2, 6 and 11', (t) => ([2, 6, 11].includes(t) ? 30 : 10), 'sporadic_hot'],
    [
      'a hole in 3 and 7, a block in 5 and 11',
      (t) => ([3, 7].includes(t) ? 0 : [5, 11].includes(t) ? 30 : 10),
      'oscillating_hot',
    ],
    ['a hole throughout', () => 0, 'persistent_cold'],
  ];
  scenarios.forEach(([name, blockMean, expected], i) => {
    it(`classes ${name} as ${expected}`, () => {
      expect(classAtCentre(blockMean, i + 1)).toBe(expected);
    });
  });

  it('leaves cells outside the study area out, with NaN trends', () => {
    const slices = Array.from({ length: 4 }, (_, t) => {
      const g = poissonGrid(6, 6, t + 1, () => 5);
      return { ...g, inStudyArea: g.counts.map((_, k) => k !== 0) };
    });
    const result = emergingHotspotsGrid(slices);
    expect(result.classes[0]).toBeNull();
    expect(result.trendZ[0]).toBeNaN();
    expect(result.classes.slice(1).every((c) => c !== null)).toBe(true);
  });

  it('refuses slices with different cells', () => {
    const a = giStarGrid(poissonGrid(4, 4, 1, () => 5));
    const b = giStarGrid(poissonGrid(5, 4, 2, () => 5));
    expect(() => emergingFromSlices([a, b])).toThrow(RangeError);
  });
});
