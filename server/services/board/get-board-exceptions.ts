import { suppressList } from '../../analytics/board/suppress-list.ts';
import { suppressTable, type SuppressedTable } from '../../analytics/board/suppress-table.ts';
import type { BoardCell } from '../../analytics/board/suppressed-cell.ts';
import { bhAdjust } from '../../analytics/hotspot/significance.ts';
import { WHEELER_ALPHA } from '../../analytics/trends/change-verdict.ts';
import { eTestPTwoSided } from '../../analytics/trends/poisson-e-test.ts';
import type { BoardExceptions, ExceptionRow } from '../../contract/board.ts';
import { CATEGORIES, CATEGORY_LABEL, type Category } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import {
  areaCategoryCountsOf,
  boardLayerAreas,
  type AreaCategoryCount,
} from '../../queries/board-area-categories.ts';
import { changeOf, daysIn, isHidden, optionsOf, toCount } from './board-cells.ts';
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

type Tested = Omit<ExceptionRow, 'pAdjusted' | 'change'> & { counts: [number, number]; p: number };

/** The E-test's two-sided p-value of the quarter's count on the comparison's. */
function pValues(scope: ResolvedBoard['scope']): (a: number, b: number) => number {
  const [now, before] = [daysIn(scope.quarter), daysIn(scope.comparison)];
  return (a, b) => eTestPTwoSided({ count: a, exposure: now }, { count: b, exposure: before });
}

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
  // Every test needs its p-value for the correction, but only the exceptions need the whole verdict.
  const pOf = pValues(scope);
  const tested: Tested[] = [];
  const test = (kind: Tested['kind'], i: number | null, j: number | null) => {
    const [a, b] = [countAt(values[0], i, j), countAt(values[1], i, j)];
    if (a === 0 && b === 0) return;
    const area = i === null ? null : areas[i];
    const category = j === null ? null : (CATEGORIES[j] as Category);
    tested.push({
      kind,
      areaCode: area?.code ?? null,
      areaName: area?.name ?? null,
      category,
      categoryLabel: category ? CATEGORY_LABEL[category] : null,
      current: toCount(cellAt(shown[0], i, j)),
      previous: toCount(cellAt(shown[1], i, j)),
      counts: [a, b],
      p: pOf(a, b),
    });
  };
  codes.forEach((_, i) => test('area', i, null));
  CATEGORIES.forEach((_, j) => test('category', null, j));
  codes.forEach((_, i) => CATEGORIES.forEach((_, j) => test('area_category', i, j)));
  const adjusted = bhAdjust(tested.map((t) => t.p));
  const rows = tested
    .map((t, i) => ({ t, q: adjusted[i] ?? 1 }))
    .filter(({ q }) => scope.comparisonComplete && q <= WHEELER_ALPHA)
    .map(({ t: { counts, p: _p, ...t }, q }) => {
      const hidden = isHidden(t.current) || isHidden(t.previous);
      const { p: _same, ...change } = changeOf(counts[0], counts[1], scope, hidden);
      return { t: { ...t, change }, q };
    })
    .filter(({ t }) => t.change.verdict !== 'no_real_change')
    .sort((x, y) => x.q - y.q)
    .map(({ t, q }) => ({
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
