import { describe, expect, it } from 'vitest';
import { giStarGrid } from '../../server/analytics/hotspot/gi-star-grid.ts';
import { cellPoints } from '../../server/analytics/hotspot/grid.ts';
import { kernelDensity } from '../../server/analytics/hotspot/kernel-density.ts';
import { flagTop, mapAccuracy } from '../../server/analytics/hotspot/map-accuracy.ts';
import { poissonGrid } from '../fixtures/hotspot/hotspot-kit.ts';

const flags = (...cells: number[]) => Array.from({ length: 10 }, (_, k) => cells.includes(k));

describe('PAI and PEI', () => {
  // 10 equal cells, 20 test-period contacts; the best 2 cells hold 10 + 5 = 15.
  const test = [5, 0, 3, 2, 0, 0, 10, 0, 0, 0];

  it('gives PAI (5/20) / (2/10) = 1.25 and PEI 5/15 for flagging cells 0 and 1', () => {
    const a = mapAccuracy({ test, flagged: flags(0, 1) });
    expect(a.hitRate).toBe(0.25);
    expect(a.areaShare).toBe(0.2);
    expect(a.pai).toBeCloseTo(1.25, 12);
    expect(a.pei).toBeCloseTo(1 / 3, 12);
  });

  it('gives PEI 1 to the best cells and counts only the study area (PAI 0.75 / (2/9))', () => {
    const mask = flags(0, 1, 2, 3, 4, 5, 6, 7, 8);
    const a = mapAccuracy({ test, flagged: flags(0, 6), inStudyArea: mask });
    expect(a.pai).toBeCloseTo(0.75 / (2 / 9), 12);
    expect(a.pei).toBe(1);
  });

  it('weighs unequal areas and takes the best for the same area greedily by density, the last in part', () => {
    // Densities 6, 4, 2.5 per unit area; flagging area 2 (4 units) the best holds 6 + 4 + half of 10.
    const input = { test: [6, 4, 10], area: [1, 1, 4] };
    const big = mapAccuracy({ ...input, flagged: [false, false, true] });
    expect(big.pai).toBeCloseTo(0.5 / (4 / 6), 12);
    expect(big.pei).toBeCloseTo(10 / 15, 12);
    expect(mapAccuracy({ ...input, flagged: [false, true, false] }).pei).toBeCloseTo(4 / 6, 12);
  });

  it('gives NaN with nothing flagged', () => {
    const a = mapAccuracy({ test, flagged: flags() });
    expect(a.pai).toBeNaN();
    expect(a.pei).toBeNaN();
  });
});

describe('flagging the top cells of a training surface', () => {
  it('flags round(fraction x study cells) cells, highest first, ties to the lower index, never NaN', () => {
    expect([...flagTop([0.5, 3, 3, Number.NaN, 1, 2], 0.5)]).toEqual([0, 1, 1, 0, 0, 1]);
    expect([...flagTop([1, 1, 1, 1], 0.5)]).toEqual([1, 1, 0, 0]);
    expect([...flagTop([9, 1, 5, 4], 0.5, [false, true, true, true])]).toEqual([0, 0, 1, 1]); // round(1.5)
    expect(() => flagTop([1], 1.5)).toThrow(RangeError);
  });

  it('predicts a stable planted hotspot: KDE and Gi* top-1% maps of one period score PAI > 5 on the next', () => {
    const block = (c: number, r: number) => Math.abs(c - 20) <= 1 && Math.abs(r - 12) <= 1;
    const train = poissonGrid(40, 30, 1, (c, r) => (block(c, r) ? 12 : 1));
    const test = poissonGrid(40, 30, 2, (c, r) => (block(c, r) ? 12 : 1));
    const { points, weights } = cellPoints(train);
    for (const surface of [kernelDensity(train, points, weights), giStarGrid(train).z]) {
      const a = mapAccuracy({ test: test.counts, flagged: flagTop(surface, 0.01) });
      expect(a.areaShare).toBe(0.01);
      expect(a.pai).toBeGreaterThan(5); // observed 8.4 for both
      expect(a.pei).toBeGreaterThan(0.8); // observed 0.89
    }
  });
});
