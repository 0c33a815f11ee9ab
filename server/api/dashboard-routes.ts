import { getSummary } from '../services/get-summary.ts';
import { getTimeseries } from '../services/get-timeseries.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import { ANY_ROLE, type RouteDef } from './route.ts';

/** Aggregates behind the overview: every role may see them. */
export function dashboardRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/summary',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        res.json(await getSummary(deps.db, await filtersOf(deps.db, req)));
      },
    },
    {
      method: 'get',
      path: '/api/timeseries',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        res.json(await getTimeseries(deps.db, await filtersOf(deps.db, req)));
      },
    },
  ];
}
