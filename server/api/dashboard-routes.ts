import { summaryForBoard, timeseriesForBoard } from '../services/board/board-aggregates.ts';
import { getSummary } from '../services/get-summary.ts';
import { getTimeseries } from '../services/get-timeseries.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';

/** Aggregates behind the overview: every role may see them, the board with small counts suppressed. */
export function dashboardRoutes(deps: AppDeps): RouteDef[] {
  const threshold = deps.config.ICSB_SUPPRESS_BELOW;
  return [
    {
      method: 'get',
      path: '/api/summary',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const summary = await getSummary(deps.db, await filtersOf(deps.db, req));
        res.json(userOf(res).role === 'board' ? summaryForBoard(summary, threshold) : summary);
      },
    },
    {
      method: 'get',
      path: '/api/timeseries',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const series = await getTimeseries(deps.db, await filtersOf(deps.db, req));
        res.json(userOf(res).role === 'board' ? timeseriesForBoard(series, threshold) : series);
      },
    },
  ];
}
