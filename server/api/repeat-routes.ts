import type { Request } from 'express';
import type { Role } from '../contract/auth.ts';
import { RepeatQuery, type RepeatKind } from '../contract/repeats.ts';
import { getRepeatConcentration } from '../services/repeats/get-repeat-concentration.ts';
import { getRepeatList } from '../services/repeats/get-repeat-list.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import type { RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

// Person- and place-level lists: never the board, which sees aggregates only.
const REPEAT_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

const repeatOf = (req: Request) =>
  parseInput(RepeatQuery, {
    window: req.query.window,
    threshold: req.query.threshold,
    sort: req.query.sort,
    dir: req.query.dir,
    limit: req.query.limit,
    offset: req.query.offset,
  });

/** The Repeats page: repeat callers, repeat locations and the concentration curve. */
export function repeatRoutes(deps: AppDeps): RouteDef[] {
  const route = (path: string, handler: RouteDef['handler']): RouteDef => ({
    method: 'get',
    path,
    roles: REPEAT_ROLES,
    handler,
  });
  const list = (kind: RepeatKind) =>
    route(`/api/repeats/${kind}`, async (req, res) => {
      const q = repeatOf(req);
      res.json(await getRepeatList(deps.db, await filtersOf(deps.db, req), kind, q));
    });
  return [
    list('callers'),
    list('locations'),
    route('/api/repeats/concentration', async (req, res) => {
      const { window } = repeatOf(req);
      res.json(await getRepeatConcentration(deps.db, await filtersOf(deps.db, req), window));
    }),
  ];
}
