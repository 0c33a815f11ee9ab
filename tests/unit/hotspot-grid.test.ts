import { describe, expect, it } from 'vitest';
import { bandStencil, stencilCells, stencilSums } from '../../server/analytics/hotspot/band-stencil.ts';
import {
  binPoints,
  cellAt,
  cellCentre,
  cellIndex,
  gridCovering,
  type GridSpec,
} from '../../server/analytics/hotspot/grid.ts';
import { poissonSource } from '../fixtures/hotspot/hotspot-kit.ts';

const grid: GridSpec = { nx: 4, ny: 3, cellSize: 250, originE: 455000, originN: 302000 };

describe('square BNG grid', () => {
  it('numbers cells row by row from the south-west and puts centres half a cell in', () => {
    expect(cellIndex(grid, 1, 2)).toBe(9);
    expect(cellCentre(grid, 9)).toEqual({ e: 455375, n: 302625 });
    expect(cellAt(grid, 455375, 302625)).toBe(9);
  });

  it('counts a point on a west or south edge in that cell and a point past the east edge as off the grid', () => {
    expect(cellAt(grid, 455250, 302250)).toBe(cellIndex(grid, 1, 1));
    expect(cellAt(grid, 455999.99, 302000)).toBe(3);
    expect(cellAt(grid, 456000, 302000)).toBe(-1);
    expect(cellAt(grid, 454999.99, 302000)).toBe(-1);
  });

  it('covers an extent with edges on whole multiples of the cell size', () => {
    expect(gridCovering({ minE: 455123, minN: 302001, maxE: 455600, maxN: 302250 }, 250)).toEqual({
      nx: 3,
      ny: 2,
      cellSize: 250,
      originE: 455000,
      originN: 302000,
    });
  });

  it('bins weighted points and reports the weight that fell off the grid', () => {
    const { counts, outside } = binPoints(
      grid,
      [
        { e: 455010, n: 302010 },
        { e: 455020, n: 302020 },
        { e: 455900, n: 302700 },
        { e: 400000, n: 300000 },
      ],
      [1, 2, 1, 5],
    );
    expect(counts[0]).toBe(3);
    expect(counts[11]).toBe(1);
    expect(outside).toBe(5);
  });
});

describe('distance-band stencil', () => {
  it('takes the cell and its 8 touching cells at 1.5 cells, 5 at exactly 1 cell and 21 at 2.5 cells', () => {
    expect(stencilCells(bandStencil(100, 150))).toBe(9);
    expect(stencilCells(bandStencil(100, 100))).toBe(5);
    expect(stencilCells(bandStencil(100, 250))).toBe(21);
    expect(stencilCells(bandStencil(100, 0))).toBe(1);
    expect(bandStencil(100, 250).map((r) => r.half)).toEqual([1, 2, 2, 2, 1]);
  });

  it('sums the study cells within the band like a direct loop over every pair of cells', () => {
    const g: GridSpec = { nx: 9, ny: 7, cellSize: 100, originE: 0, originN: 0 };
    const draw = poissonSource(3);
    const values = Array.from({ length: 63 }, () => draw(3) + 0.25);
    const mask = values.map((_, k) => (k * 7) % 5 !== 0);
    for (const band of [100, 150, 250, 320]) {
      const { sum, count } = stencilSums(g, values, mask, bandStencil(100, band));
      for (let i = 0; i < 63; i++) {
        let [s, c] = [0, 0];
        for (let j = 0; j < 63; j++) {
          const [a, b] = [cellCentre(g, i), cellCentre(g, j)];
          if (mask[j] && Math.hypot(a.e - b.e, a.n - b.n) <= band)
            [s, c] = [s + (values[j] as number), c + 1];
        }
        expect(sum[i]).toBeCloseTo(s, 10);
        expect(count[i]).toBe(c);
      }
    }
  });
});
