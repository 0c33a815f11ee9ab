import { poissonRate, type Rate } from '../poisson-interval.ts';
import { ragStatus, type Rag } from './rag.ts';
import { suppressList } from './suppress-list.ts';
import type { BoardCell, SuppressionOptions } from './suppressed-cell.ts';

export interface AreaCount {
  code: string;
  count: number;
  population: number | null;
}

export interface BoardAreaRate {
  code: string;
  count: BoardCell;
  /** Per 1,000 residents with its exact 95% Poisson interval; null when the count is hidden or no residents. */
  rate: Rate | null;
  /** Against the target rate per 1,000; null without a target or a rate. */
  rag: Rag | null;
}

function row(code: string, count: number, population: number | null, cell: BoardCell, target?: number) {
  const rate = cell.kind === 'suppressed' ? null : poissonRate(count, population);
  const shown = rate?.rate == null ? null : rate;
  const rag =
    shown && target !== undefined
      ? ragStatus({ low: shown.rateLow ?? 0, high: shown.rateHigh ?? 0 }, target, 'lower')
      : null;
  return { code, count: cell, rate: shown, rag };
}

/**
 * Board rows of areas and their total: counts suppressed as a list with its total, the rate per 1,000
 * with its interval and RAG only where the count is shown, since rate x population would give it back.
 */
export function boardAreaRates(
  areas: readonly AreaCount[],
  options: SuppressionOptions & { targetPer1000?: number } = {},
): { rows: BoardAreaRate[]; total: BoardAreaRate } {
  const { items, total } = suppressList(
    areas.map((a) => a.count),
    options,
  );
  const known = areas.every((a) => a.population !== null);
  const population = known ? areas.reduce((s, a) => s + (a.population ?? 0), 0) : null;
  const count = areas.reduce((s, a) => s + a.count, 0);
  return {
    rows: areas.map((a, i) =>
      row(a.code, a.count, a.population, items[i] as BoardCell, options.targetPer1000),
    ),
    total: row('total', count, population, total, options.targetPer1000),
  };
}
