import { BOARD_THRESHOLD } from '../../analytics/board/suppressed-cell.ts';
import type { BoardQuery, BoardScope, Quarter } from '../../contract/board.ts';
import type { FilterQuery, Filters } from '../../contract/filters.ts';
import type { Role } from '../../contract/auth.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { findLayer, listLayers, type LayerRow } from '../../queries/boundaries.ts';
import { resolveFilters } from '../resolve-filters.ts';
import { completeQuarters, coversQuarter, quarterOf, quarterYearEarlier } from './quarters.ts';

export interface BoardRequest {
  query: BoardQuery;
  /** The filter bar's categories, agencies and area; its dates give way to the quarter. */
  filters: Pick<FilterQuery, 'category' | 'agency' | 'area'>;
  role: Role;
  threshold: number;
}

export interface ResolvedBoard {
  scope: BoardScope;
  current: Filters;
  previous: Filters;
  /** Suppression options for the analytics, or null when the figures go out whole. */
  suppress: { threshold: number } | null;
}

export const suppressionRule = (threshold: number): string =>
  `Counts from 1 to ${threshold - 1} are shown as "<${threshold}", and further counts (the smallest that ` +
  'will do) are hidden wherever a hidden one could otherwise be worked out from the totals. Rates, ' +
  'changes and times of a hidden count are hidden too. Zeros are shown: they describe nobody.';

/**
 * The board's default layer: one named district or CSP that divides the area (more than one area), else
 * the coarsest that does, else any with areas.
 */
export function defaultLayer(layers: readonly LayerRow[]): LayerRow | null {
  const coarseFirst = [...layers].filter((l) => l.areas > 0).sort((a, b) => a.areas - b.areas);
  const dividing = coarseFirst.filter((l) => l.areas > 1);
  return (
    dividing.find((l) => /district|csp/i.test(`${l.id} ${l.name}`)) ?? dividing[0] ?? coarseFirst[0] ?? null
  );
}

function pickQuarter(quarters: readonly Quarter[], requested: string | undefined): Quarter {
  if (quarters.length === 0) throw invalidInput('quarter', 'No complete quarter of data is held yet.');
  if (requested === undefined) return quarters[0] as Quarter;
  const found = quarters.find((q) => q.id === requested);
  if (!found)
    throw invalidInput(
      'quarter',
      `Invalid parameter 'quarter': the data do not cover all of ${requested}; choose from ${quarters[quarters.length - 1]?.id} to ${quarters[0]?.id}.`,
    );
  return found;
}

/** The quarter, its comparison a year earlier, the filters of each, and whether to suppress. */
export async function resolveBoard(db: Db, req: BoardRequest): Promise<ResolvedBoard> {
  const { filters, extent } = await resolveFilters(db, req.filters);
  const quarter = pickQuarter(completeQuarters(extent.first, extent.last), req.query.quarter);
  const comparison = quarterOf(quarterYearEarlier(quarter.id));
  const applied = req.role === 'board' || req.query.suppress === 'true';
  const threshold = req.threshold || BOARD_THRESHOLD;
  return {
    scope: {
      quarter,
      comparison,
      comparisonComplete: coversQuarter(extent.first, extent.last, comparison),
      suppression: { applied, threshold, rule: suppressionRule(threshold) },
    },
    current: { ...filters, from: quarter.from, to: quarter.to },
    previous: { ...filters, from: comparison.from, to: comparison.to },
    suppress: applied ? { threshold } : null,
  };
}

/** The layer asked for, or the default; a 400 naming 'layer' when it is not loaded. */
export async function resolveBoardLayer(db: Db, requested: string | undefined): Promise<LayerRow> {
  if (requested !== undefined) {
    const layer = await findLayer(db, requested);
    if (!layer)
      throw invalidInput('layer', `Invalid parameter 'layer': unknown boundary layer '${requested}'.`);
    return layer;
  }
  const layer = defaultLayer(await listLayers(db));
  if (!layer) throw invalidInput('layer', 'No boundary layer is loaded yet.');
  return layer;
}
