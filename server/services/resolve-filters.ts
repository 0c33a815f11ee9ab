import { resolvePeriod } from '../analytics/period.ts';
import type { FilterQuery, Filters } from '../contract/filters.ts';
import type { Db } from '../db/database.ts';
import { listAgencies } from '../queries/agencies.ts';
import { areaExists, findLayer } from '../queries/boundaries.ts';
import { dataExtent, type DataExtent } from '../queries/data-extent.ts';

export interface ResolvedFilters {
  filters: Filters;
  extent: DataExtent;
}

/** Why a filter was refused; the API answers 400 naming the parameter. */
export interface FilterProblem {
  parameter: 'from' | 'to' | 'agency' | 'area';
  message: string;
}

export type FilterOutcome = { ok: true; value: ResolvedFilters } | { ok: false; problem: FilterProblem };

/** Checks agencies and the area exist, and fills the period: by default the last twelve months of data. */
export async function resolveFilters(db: Db, q: FilterQuery, today = new Date()): Promise<FilterOutcome> {
  const [extent, agencies] = await Promise.all([dataExtent(db), listAgencies(db)]);
  const known = new Set(agencies.map((a) => a.code));
  const unknown = (q.agency ?? []).filter((code) => !known.has(code));
  if (unknown.length > 0) return refuse('agency', `Unknown agency '${unknown.join("', '")}'.`);
  if (q.area) {
    if (!(await findLayer(db, q.area.layer)))
      return refuse('area', `Unknown boundary layer '${q.area.layer}'.`);
    if (!(await areaExists(db, q.area.layer, q.area.code)))
      return refuse('area', `Unknown area '${q.area.code}' in layer '${q.area.layer}'.`);
  }
  const period = resolvePeriod(q, extent.last, today.toISOString().slice(0, 10));
  if (!period.ok) return refuse('from', `Invalid parameter 'from': ${period.message}`);
  const filters: Filters = {
    from: period.from,
    to: period.to,
    category: q.category ?? [],
    agency: q.agency ?? [],
    area: q.area ?? null,
  };
  return { ok: true, value: { filters, extent } };
}

const refuse = (parameter: FilterProblem['parameter'], message: string): FilterOutcome => ({
  ok: false,
  problem: { parameter, message },
});
