import { resolvePeriod } from '../analytics/period.ts';
import type { FilterQuery, Filters } from '../contract/filters.ts';
import type { Db } from '../db/database.ts';
import { freshRequested } from '../db/request-scope.ts';
import { listAgencies } from '../queries/agencies.ts';
import { areaExists, findLayer } from '../queries/boundaries.ts';
import { dataExtent, type DataExtent } from '../queries/data-extent.ts';
import { invalidInput } from '../errors.ts';

export interface ResolvedFilters {
  filters: Filters;
  extent: DataExtent;
}

type Facts = Promise<[DataExtent, Awaited<ReturnType<typeof listAgencies>>]>;

// Every request needs the data's extent and the agencies: keep them until the data change.
const known = new WeakMap<Db, { changes: number; facts: Facts }>();

function factsOf(db: Db): Facts {
  const kept = known.get(db);
  if (kept && kept.changes === db.changes && !freshRequested()) return kept.facts;
  const facts: Facts = Promise.all([dataExtent(db), listAgencies(db)]);
  known.set(db, { changes: db.changes, facts });
  facts.catch(() => known.delete(db));
  return facts;
}

/** Checks agencies and the area exist (a 400 naming the parameter if not), and fills the period: by default the last twelve months of data. */
export async function resolveFilters(db: Db, q: FilterQuery, today = new Date()): Promise<ResolvedFilters> {
  const [extent, agencies] = await factsOf(db);
  const codes = new Set(agencies.map((a) => a.code));
  const unknown = (q.agency ?? []).filter((code) => !codes.has(code));
  if (unknown.length > 0) throw invalidInput('agency', `Unknown agency '${unknown.join("', '")}'.`);
  if (q.area) {
    if (!(await findLayer(db, q.area.layer)))
      throw invalidInput('area', `Unknown boundary layer '${q.area.layer}'.`);
    if (!(await areaExists(db, q.area.layer, q.area.code)))
      throw invalidInput('area', `Unknown area '${q.area.code}' in layer '${q.area.layer}'.`);
  }
  const period = resolvePeriod(q, extent.last, today.toISOString().slice(0, 10));
  if (!period.ok) throw invalidInput('from', `Invalid parameter 'from': ${period.message}`);
  const filters: Filters = {
    from: period.from,
    to: period.to,
    category: q.category ?? [],
    agency: q.agency ?? [],
    area: q.area ?? null,
  };
  return { filters, extent };
}
