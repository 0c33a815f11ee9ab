import { describe, expect, it } from 'vitest';
import { suppressTable, type SuppressedTable } from '../../server/analytics/board/suppress-table.ts';
import type { BoardCell } from '../../server/analytics/board/suppressed-cell.ts';

const show = (c: BoardCell) => (c.kind === 'value' ? c.value : c.reason === 'small_count' ? 'S' : 'P');

/** The published table with totals as one grid: last column row totals, last row column totals. */
function grid(t: SuppressedTable): BoardCell[][] {
  return [
    ...t.cells.map((row, r) => [...row, t.rowTotals[r] as BoardCell]),
    [...t.columnTotals, t.grandTotal],
  ];
}

/** Every row and column of the grid (totals included) as its entries' positions. */
function lines(rows: number, cols: number): [number, number][][] {
  const byRow = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c): [number, number] => [r, c]),
  );
  const byCol = Array.from({ length: cols }, (_, c) =>
    Array.from({ length: rows }, (_, r): [number, number] => [r, c]),
  );
  return [...byRow, ...byCol];
}

/**
 * Which hidden entries a reader can solve for from the published table: the unknowns are the hidden
 * entries, each row and column gives one linear equation (its last entry is the sum of the others), and an
 * unknown is determined exactly when its unit vector lies in the row space of those equations.
 */
function solvable(g: BoardCell[][]): [number, number][] {
  const rows = g.length;
  const cols = g[0]?.length ?? 0;
  const unknowns = g.flatMap((row, r) =>
    row.flatMap((c, k): [number, number][] => (c.kind === 'suppressed' ? [[r, k]] : [])),
  );
  const index = new Map(unknowns.map(([r, c], i) => [r * cols + c, i]));
  const equations = lines(rows, cols).map((line) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    line.forEach(([r, c], i) => {
      const u = index.get(r * cols + c);
      if (u !== undefined) eq[u] = i === line.length - 1 ? -1 : 1;
    });
    return eq;
  });
  const basis: number[][] = [];
  const reduce = (v: number[]) => {
    const w = [...v];
    for (const b of basis) {
      const pivot = b.findIndex((x) => Math.abs(x) > 1e-9);
      const f = (w[pivot] ?? 0) / (b[pivot] ?? 1);
      if (f !== 0) b.forEach((x, i) => (w[i] = (w[i] ?? 0) - f * x));
    }
    return w;
  };
  for (const eq of equations) {
    const w = reduce(eq);
    if (w.some((x) => Math.abs(x) > 1e-9)) basis.push(w);
  }
  return unknowns.filter((_, u) =>
    reduce(unknowns.map((__, i) => (i === u ? 1 : 0))).every((x) => Math.abs(x) < 1e-9),
  );
}

/** Rows or columns with exactly one hidden entry, which subtraction would reveal. */
function lonelyLines(g: BoardCell[][]): number {
  return lines(g.length, g[0]?.length ?? 0).filter(
    (line) => line.filter(([r, c]) => g[r]?.[c]?.kind === 'suppressed').length === 1,
  ).length;
}

describe('suppressTable', () => {
  it('protects one small cell with the cheapest rectangle: 20 + 14 + 8 beats 15 + 14 + 22', () => {
    const t = suppressTable([
      [20, 3, 15],
      [12, 25, 30],
      [8, 14, 22],
    ]);
    const alone = grid(t).map((row) =>
      row.map((c) => (show(c) === 'P' ? { kind: 'value' as const, value: 0 } : c)),
    );
    expect(solvable(alone)).toEqual([[0, 1]]);
    expect(grid(t).map((row) => row.map(show))).toEqual([
      ['P', 'S', 15, 38],
      [12, 25, 30, 67],
      ['P', 'P', 22, 44],
      [40, 42, 67, 149],
    ]);
    expect(solvable(grid(t))).toEqual([]);
  });

  it('goes beyond two per row and column: a cell bridging two blocks is solvable, so it is protected', () => {
    const values = [
      [2, 3, 4, 50, 60],
      [1, 2, 70, 80, 90],
      [60, 70, 3, 1, 50],
      [80, 90, 2, 4, 60],
    ];
    const primaryOnly = suppressTable(values, { threshold: 5 });
    const primaries: BoardCell[][] = grid(primaryOnly).map((row) =>
      row.map((c) =>
        c.kind === 'suppressed' && c.reason === 'small_count' ? c : { kind: 'value', value: 0 },
      ),
    );
    expect(lonelyLines(primaries)).toBe(0);
    expect(solvable(primaries)).toEqual([[0, 2]]);
    expect(grid(primaryOnly).map((row) => row.map(show))[0]).toEqual(['S', 'S', 'S', 'P', 60, 119]);
    expect(solvable(grid(primaryOnly))).toEqual([]);
  });

  it('hides a small total and protects it', () => {
    const t = suppressTable([
      [1, 2, 0],
      [30, 40, 50],
      [20, 25, 35],
    ]);
    expect(t.rowTotals[0]).toEqual({ kind: 'suppressed', reason: 'small_count' });
    expect(lonelyLines(grid(t))).toBe(0);
    expect(solvable(grid(t))).toEqual([]);
  });

  it('leaves a table with nothing small alone', () => {
    const t = suppressTable([
      [5, 6],
      [0, 9],
    ]);
    expect(grid(t).map((row) => row.map(show))).toEqual([
      [5, 6, 11],
      [0, 9, 9],
      [5, 15, 20],
    ]);
  });

  it('leaves no hidden entry solvable in 300 random tables, hiding every small count and showing the rest truly', () => {
    let seed = 20240301;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 300; k++) {
      const rows = 2 + Math.floor(random() * 6);
      const cols = 2 + Math.floor(random() * 6);
      const threshold = random() < 0.5 ? 5 : 10;
      const values = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => Math.floor(random() < 0.4 ? random() * 8 : 5 + random() * 60)),
      );
      const g = grid(suppressTable(values, { threshold }));
      expect(lonelyLines(g)).toBe(0);
      expect(solvable(g)).toEqual([]);
      const truth = [...values.map((row) => [...row, row.reduce((s, v) => s + v, 0)])];
      truth.push((truth[0] ?? []).map((_, c) => truth.reduce((s, row) => s + (row[c] ?? 0), 0)));
      g.forEach((row, r) =>
        row.forEach((cell, c) => {
          const v = truth[r]?.[c] ?? Number.NaN;
          if (cell.kind === 'value') expect(cell.value).toBe(v);
          expect(cell.kind === 'suppressed' && cell.reason === 'small_count').toBe(v > 0 && v < threshold);
        }),
      );
    }
  });

  it('refuses ragged rows', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
  });
});
