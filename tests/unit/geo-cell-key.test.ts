import { describe, expect, it } from 'vitest';
import { cellBox, cellKey, cellOf, children } from '../../server/geo/cell-key.ts';

describe('cell keys', () => {
  it('put a point inside the box of its cell, edges exact', () => {
    for (const [lon, lat] of [
      [-1.1234567, 52.6543],
      [-0.5, 52.5],
      [0, 0],
      [-179.99, -89.99],
    ] as const) {
      for (const level of [4, 10, 13]) {
        const [x0, y0, x1, y1] = cellBox(cellOf(level, lon, lat));
        expect(x0 <= lon && lon < x1 && y0 <= lat && lat < y1).toBe(true);
      }
    }
  });

  it('give distinct keys to neighbours and split a cell into the four cells of its quarters', () => {
    const c = cellOf(10, -1.1, 52.6);
    const keys = new Set(
      [c, { ...c, ix: c.ix + 1 }, { ...c, iy: c.iy + 1 }, { ...c, ix: c.ix - 1, iy: c.iy - 1 }].map(cellKey),
    );
    expect(keys.size).toBe(4);
    const [x0, y0, x1, y1] = cellBox(c);
    const quarters = children(c).map(cellBox);
    expect(Math.min(...quarters.map((b) => b[0]))).toBe(x0);
    expect(Math.max(...quarters.map((b) => b[3]))).toBe(y1);
    expect(quarters.every((b) => b[2] <= x1 && b[1] >= y0)).toBe(true);
  });
});
