import { suppressList } from '../../analytics/board/suppress-list.ts';
import { suppressTable, type SuppressedTable } from '../../analytics/board/suppress-table.ts';
import type { BoardCell } from '../../analytics/board/suppressed-cell.ts';
import { bhAdjust } from '../../analytics/hotspot/significance.ts';
import { WHEELER_ALPHA } from '../../analytics/trends/change-verdict.ts';
import type { BoardExceptions, ExceptionRow } from '../../contract/board.ts';
import { CATEGORIES, CATEGORY_LABEL, type Category } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import {
  areaCategoryCountsOf,
  boardLayerAreas,
  type AreaCategoryCount,
} from '../../queries/board-area-categories.ts';
import { changeOf, isHidden, optionsOf, toCount } from './board-cells.ts';
import type { ResolvedBoard } from './board-scope.ts';

export const EXCEPTION_RULE =
  'Every area, every category and every area and category together is tested (quarter against the same ' +
  'quarter last year, Poisson E-test); an exception is one whose change is real after the Benjamini-Hochberg ' +
  `correction for testing so many at once (adjusted p at most ${WHEELER_ALPHA.toFixed(3)}, the standard of ` +
  "Wheeler's |z| >= 3). Most significant first.";

function grid(codes: readonly string[], rows: readonly AreaCategoryCount[]): number[][] {
  const at = new Map(codes.map((c, i) => [c, i]));
  const out = codes.map(() => CATEGORIES.map(() => 0));
  for (const r of rows) {
    const i = at.get(r.area_code);
    const j = CATEGORIES.indexOf(r.category as Category);
    if (i !== undefined && j >= 0) (out[i] as number[])[j] = r.contacts;
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** A cell (area i, category j), an area's total (j null) or a category's (i null). */
function countAt(v: readonly number[][], i: number | null, j: number | null): number {
  if (i !== null && j !== null) return v[i]?.[j] ?? 0;
  if (i !== null) return sum(v[i] ?? []);
  return sum(v.map((r) => r[j ?? 0] ?? 0));
}

function cellAt(t: SuppressedTable, i: number | null, j: number | null): BoardCell {
  const cell =
    i !== null && j !== null ? t.cells[i]?.[j] : i !== null ? t.rowTotals[i] : t.columnTotals[j ?? 0];
  return cell ?? { kind: 'value', value: 0 };
}

type Tested = Omit<ExceptionRow, 'pAdjusted'> & { p: number };

/** The areas, categories and area-category cells whose quarter changed significantly on last year. */
export async function getBoardExceptions(
  db: Db,
  layer: { id: string; name: string },
  board: ResolvedBoard,
): Promise<BoardExceptions> {
  const { scope, current, previous, suppress } = board;
  const [areas, { now, before }] = await Promise.all([
    boardLayerAreas(db, layer.id),
    areaCategoryCountsOf(db, layer.id, current, previous),
  ]);
  const codes = areas.map((a) => a.code);
  const values = [grid(codes, now), grid(codes, before)] as const;
  const shown = values.map((v) => {
    const table = suppressTable(v, optionsOf(suppress));
    // The areas table hides area totals as a list: what it hides stays hidden here, or it could be worked out.
    const list = suppressList(
      v.map((row) => sum(row)),
      optionsOf(suppress),
    ).items;
    return {
      ...table,
      rowTotals: table.rowTotals.map((c, i) => (list[i]?.kind === 'suppressed' ? list[i] : c)),
    };
  }) as [SuppressedTable, SuppressedTable];
  const tested: Tested[] = [];
  const test = (kind: Tested['kind'], i: number | null, j: number | null) => {
    const [a, b] = [countAt(values[0], i, j), countAt(values[1], i, j)];
    if (a === 0 && b === 0) return;
    const [cur, prev] = [toCount(cellAt(shown[0], i, j)), toCount(cellAt(shown[1], i, j))];
    const { p, ...change } = changeOf(a, b, scope, isHidden(cur) || isHidden(prev));
    const area = i === null ? null : areas[i];
    const category = j === null ? null : (CATEGORIES[j] as Category);
    tested.push({
      kind,
      areaCode: area?.code ?? null,
      areaName: area?.name ?? null,
      category,
      categoryLabel: category ? CATEGORY_LABEL[category] : null,
      current: cur,
      previous: prev,
      change,
      p,
    });
  };
  codes.forEach((_, i) => test('area', i, null));
  CATEGORIES.forEach((_, j) => test('category', null, j));
  codes.forEach((_, i) => CATEGORIES.forEach((_, j) => test('area_category', i, j)));
  const adjusted = bhAdjust(tested.map((t) => t.p));
  const rows = tested
    .map((t, i) => ({ t, q: adjusted[i] ?? 1 }))
    .filter(
      ({ t, q }) => scope.comparisonComplete && t.change.verdict !== 'no_real_change' && q <= WHEELER_ALPHA,
    )
    .sort((x, y) => x.q - y.q)
    .map(({ t: { p: _p, ...t }, q }) => ({
      ...t,
      pAdjusted: t.change.pTwoSided === null ? null : q,
    }));
  return {
    ...scope,
    layer: { id: layer.id, name: layer.name },
    tested: tested.length,
    rows,
    rule: EXCEPTION_RULE,
  };
}
