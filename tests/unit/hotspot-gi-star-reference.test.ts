import { describe, expect, it } from 'vitest';
import { contiguity } from '../../server/analytics/hotspot/contiguity.ts';
import { giStarAreas } from '../../server/analytics/hotspot/gi-star.ts';
import { giStarGrid } from '../../server/analytics/hotspot/gi-star-grid.ts';
import { bhAdjust } from '../../server/analytics/hotspot/significance.ts';
import {
  maxAbsDiff,
  readFixture,
  type AreasFixture,
  type BhMannKendallFixture,
  type GridFixture,
} from '../fixtures/hotspot/hotspot-kit.ts';

// References from spdep::localG with include.self() binary weights, p.adjust(method = "BH") and
// poly2nb, written by tests/fixtures/hotspot/gistar-reference.R.
const gridFixture = readFixture<GridFixture>('gistar-grid.json');
const areasFixture = readFixture<AreasFixture>('gistar-areas.json');
const bhFixture = readFixture<BhMannKendallFixture>('bh-mann-kendall.json');

describe('Gi* on a grid against spdep::localG (dnearneigh band, self included)', () => {
  const grid = { ...gridFixture.grid, counts: gridFixture.counts, inStudyArea: gridFixture.inStudyArea };
  for (const ref of gridFixture.bands) {
    it(`agrees to 1e-9 in z, p and BH-adjusted p for a ${ref.band} m band, NaN outside the study area`, () => {
      const result = giStarGrid(grid, { band: ref.band });
      expect(maxAbsDiff(result.z, ref.z)).toBeLessThan(1e-9);
      expect(maxAbsDiff(result.p, ref.p)).toBeLessThan(1e-12);
      expect(maxAbsDiff(result.pAdjusted, ref.pAdjusted)).toBeLessThan(1e-12);
    });
  }

  it('uses the 1.5 x cell size band (the 8 touching cells) by default', () => {
    const ref = gridFixture.bands.find((b) => b.band === 150);
    expect(maxAbsDiff(giStarGrid(grid).z, ref?.z ?? [])).toBeLessThan(1e-9);
  });

  it('counts the planted block hot at 99% and classes nothing outside the study area', () => {
    const { classes, z } = giStarGrid(grid);
    const centre = 6 * grid.nx + 8;
    expect(classes[centre]).toBe('hot_99');
    expect(z[centre]).toBeGreaterThan(5);
    gridFixture.inStudyArea.forEach((inside, k) => expect(classes[k] === null).toBe(!inside));
  });
});

describe('Gi* on an irregular area layer against spdep', () => {
  it('finds the same queen and rook neighbours as poly2nb, through holes and multi-part areas', () => {
    expect(contiguity(areasFixture.areas)).toEqual(areasFixture.queen);
    expect(contiguity(areasFixture.areas, { rule: 'rook' })).toEqual(areasFixture.rook);
  });

  it('agrees with localG over queen contiguity to 1e-9 in z and 1e-12 in p', () => {
    const result = giStarAreas(areasFixture.values, contiguity(areasFixture.areas));
    expect(maxAbsDiff(result.z, areasFixture.z)).toBeLessThan(1e-9);
    expect(maxAbsDiff(result.p, areasFixture.p)).toBeLessThan(1e-12);
    expect(maxAbsDiff(result.pAdjusted, areasFixture.pAdjusted)).toBeLessThan(1e-12);
  });

  it('gives the same z whether or not the lists already hold the area itself', () => {
    const withSelf = areasFixture.queen.map((list, i) => [i, ...list]);
    expect(maxAbsDiff(giStarAreas(areasFixture.values, withSelf).z, areasFixture.z)).toBeLessThan(1e-9);
  });
});

describe('Benjamini-Hochberg adjustment', () => {
  it("matches R's p.adjust(method = 'BH') with ties and an NA left out of m", () => {
    const p = bhFixture.bh.p.map((v) => v ?? Number.NaN);
    expect(maxAbsDiff(bhAdjust(p), bhFixture.bh.adjusted)).toBeLessThan(1e-14);
  });

  it('works a hand example: p = 0.01, 0.02, 0.03, 0.5 gives 0.03, 0.04, 0.04, 0.5', () => {
    // m p / rank = 0.04, 0.04, 0.04, 0.5 taken as a running minimum from the largest p down.
    const adjusted = [...bhAdjust([0.02, 0.5, 0.01, 0.03])];
    [0.04, 0.5, 0.04, 0.04].forEach((e, i) => expect(adjusted[i]).toBeCloseTo(e, 15));
  });
});
