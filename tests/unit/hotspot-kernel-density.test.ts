import { describe, expect, it } from 'vitest';
import { cellPoints, type GridSpec } from '../../server/analytics/hotspot/grid.ts';
import { kernelDensity, quarticKernel } from '../../server/analytics/hotspot/kernel-density.ts';

// 5 x 5 cells of 100 m from (0, 0); the default bandwidth is 2 cells = 200 m.
const grid: GridSpec = { nx: 5, ny: 5, cellSize: 100, originE: 0, originN: 0 };
const at = (col: number, row: number) => row * 5 + col;
// 3 / (pi h^2) per m^2 at h = 200 m is 75 / pi = 23.8732414637843 per km^2.
const PEAK = 23.8732414637843;

describe('quartic kernel density (per km^2)', () => {
  it('gives 3/(pi h^2)(1 - d^2/h^2)^2 around one point: 23.873 at 0 m, 13.429 at 100 m, 5.968 at 141 m, 0 at h', () => {
    const d = kernelDensity(grid, [{ e: 250, n: 250 }]);
    expect(d[at(2, 2)]).toBeCloseTo(PEAK, 10);
    expect(d[at(3, 2)]).toBeCloseTo(13.428698323378669, 10); // (1 - 1/4)^2 = 0.5625 of the peak
    expect(d[at(3, 3)]).toBeCloseTo(5.968310365946075, 10); // (1 - 1/2)^2 = 0.25
    expect(d[at(4, 2)]).toBe(0); // d = h exactly
    expect(d[at(0, 0)]).toBe(0);
  });

  it('adds weighted points: weight 2 at (250, 250) and 1 at (310, 250)', () => {
    const d = kernelDensity(
      grid,
      [
        { e: 250, n: 250 },
        { e: 310, n: 250 },
      ],
      [2, 1],
    );
    // cell (2, 2): 2 x peak + peak x (1 - 0.09)^2; cell (3, 2): 2 x 0.5625 peak + peak x (1 - 0.04)^2.
    expect(d[at(2, 2)]).toBeCloseTo(67.51591418372838, 10);
    expect(d[at(3, 2)]).toBeCloseTo(48.85897597978095, 10);
  });

  it('takes a chosen bandwidth and integrates to the total weight (within 0.1% at h = 5 cells)', () => {
    const big: GridSpec = { ...grid, nx: 21, ny: 21 };
    const d = kernelDensity(big, [{ e: 1050, n: 1050 }], [3], 500);
    const perKm2ToCount = 0.01; // a 100 m cell is 0.01 km^2
    expect(d.reduce((a, b) => a + b, 0) * perKm2ToCount).toBeCloseTo(3 * 1.0006440511655426, 9);
    expect(quarticKernel(0, 500) * 1e6).toBeCloseTo(75 / Math.PI / 6.25, 12);
  });

  it('gives the same surface from cell counts as from the points at their centres', () => {
    const counts = new Array<number>(25).fill(0);
    counts[at(1, 1)] = 2;
    counts[at(3, 2)] = 1;
    const { points, weights } = cellPoints({ ...grid, counts, inStudyArea: counts.map(() => true) });
    const direct = kernelDensity(grid, [
      { e: 150, n: 150 },
      { e: 150, n: 150 },
      { e: 350, n: 250 },
    ]);
    expect([...kernelDensity(grid, points, weights)]).toEqual([...direct]);
  });

  it('refuses a bandwidth that is not positive', () => {
    expect(() => quarticKernel(1, 0)).toThrow(RangeError);
  });
});
