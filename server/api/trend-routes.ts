import type { Request } from 'express';
import { TrendQuery } from '../contract/trends.ts';
import type { Role } from '../contract/auth.ts';
import { getHourWeekday } from '../services/trends/get-hour-weekday.ts';
import { getSeasonal } from '../services/trends/get-seasonal.ts';
import { getTrendChange } from '../services/trends/get-trend-change.ts';
import { getTrendSeries } from '../services/trends/get-trend-series.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import type { RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

// The board sees aggregates through its own pack, not this working view.
const TREND_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

const trendOf = (req: Request) =>
  parseInput(TrendQuery, {
    interval: req.query.interval,
    split: req.query.split,
    count: req.query.count,
    chart: req.query.chart,
    top: req.query.top,
  });

/** The Trends page: series by interval and split, change verdicts, hour x weekday, seasons. */
export function trendRoutes(deps: AppDeps): RouteDef[] {
  const route = (path: string, handler: RouteDef['handler']): RouteDef => ({
    method: 'get',
    path,
    roles: TREND_ROLES,
    handler,
  });
  return [
    route('/api/trends/series', async (req, res) => {
      const trend = trendOf(req);
      res.json(await getTrendSeries(deps.db, await filtersOf(deps.db, req), trend));
    }),
    route('/api/trends/change', async (req, res) => {
      const { count } = trendOf(req);
      res.json(await getTrendChange(deps.db, await filtersOf(deps.db, req), count));
    }),
    route('/api/trends/hour-weekday', async (req, res) => {
      res.json(await getHourWeekday(deps.db, await filtersOf(deps.db, req)));
    }),
    route('/api/trends/seasonal', async (req, res) => {
      const { count } = trendOf(req);
      res.json(await getSeasonal(deps.db, await filtersOf(deps.db, req), count));
    }),
  ];
}
