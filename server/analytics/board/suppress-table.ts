import { findBridges, type Edge } from './graph-bridges.ts';
import {
  checkCount,
  cheaper,
  suppressionRule,
  toCell,
  type BoardCell,
  type SuppressionOptions,
} from './suppressed-cell.ts';

export interface SuppressedTable {
  cells: BoardCell[][];
  rowTotals: BoardCell[];
  columnTotals: BoardCell[];
  grandTotal: BoardCell;
}

type Hidden = ('small_count' | 'protects_another' | null)[][];
type Rule = ReturnType<typeof suppressionRule>;
type Spot = { r: number; c: number };

/** The table with a last column of row totals and a last row of column totals (grand total in the corner). */
function withTotals(values: readonly (readonly number[])[]): number[][] {
  const rows = values.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const width = (values[0]?.length ?? 0) + 1;
  return [...rows, Array.from({ length: width }, (_, c) => rows.reduce((s, row) => s + (row[c] ?? 0), 0))];
}

/** The first hidden entry on no cycle of the graph whose nodes are rows and columns, edges hidden entries. */
function firstBridge(hidden: Hidden): Spot | null {
  const rows = hidden.length;
  const edges: Edge[] = hidden.flatMap((row, r) =>
    row.flatMap((h, c): Edge[] => (h === null ? [] : [[r, rows + c]])),
  );
  const [bridge] = findBridges(rows + (hidden[0]?.length ?? 0), edges);
  if (bridge === undefined) return null;
  const [r, node] = edges[bridge] as Edge;
  return { r, c: node - rows };
}

/** The entries still to hide for the cheapest rectangle through `at`: smallest total, zeros last. */
function cheapestRectangle(grid: number[][], hidden: Hidden, rule: Rule, at: Spot): Spot[] {
  const price = (spots: Spot[]) =>
    spots.reduce<[number, number]>(
      (sum, s) => {
        const [zero, value] = rule.cost(grid[s.r]?.[s.c] ?? 0);
        return [sum[0] + zero, sum[1] + value];
      },
      [0, 0],
    );
  let best: { cost: [number, number]; spots: Spot[] } | null = null;
  for (let r = 0; r < grid.length; r++)
    for (let c = 0; c < (grid[0]?.length ?? 0); c++) {
      if (r === at.r || c === at.c) continue;
      const corners = [
        { r: at.r, c },
        { r, c: at.c },
        { r, c },
      ];
      const spots = corners.filter((s) => hidden[s.r]?.[s.c] === null);
      const cost = price(spots);
      if (!best || cheaper(cost, best.cost)) best = { cost, spots };
    }
  return best?.spots ?? [];
}

/**
 * Small-count suppression of a 2-D table shown with row, column and grand totals: counts below the
 * threshold (totals too) are hidden; then, while some hidden entry lies on no cycle of hidden entries
 * (then the row and column equations solve it, and a row or column with one hidden entry is the simplest
 * case), the cheapest rectangle through it is hidden too. Greedy, so not the least hiding possible.
 */
export function suppressTable(
  values: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const width = values[0]?.length ?? 0;
  if (values.some((row) => row.length !== width))
    throw new RangeError('every row needs the same number of cells');
  values.forEach((row) => row.forEach(checkCount));
  const rule = suppressionRule(options);
  const grid = withTotals(values);
  const hidden: Hidden = grid.map((row) => row.map((v) => (rule.isSmall(v) ? 'small_count' : null)));
  for (let at = firstBridge(hidden); at; at = firstBridge(hidden))
    for (const { r, c } of cheapestRectangle(grid, hidden, rule, at))
      (hidden[r] as Hidden[number])[c] = 'protects_another';
  const cells = grid.map((row, r) => row.map((v, c) => toCell(v, hidden[r]?.[c] ?? null)));
  const totalsRow = cells.pop() ?? [];
  return {
    cells: cells.map((row) => row.slice(0, -1)),
    rowTotals: cells.map((row) => row.at(-1) as BoardCell),
    columnTotals: totalsRow.slice(0, -1),
    grandTotal: totalsRow.at(-1) as BoardCell,
  };
}
