import { AccuracyQuery, CellQuery, HotspotQuery } from '../contract/hotspots.ts';
import { getHotspotAccuracy } from '../services/hotspots/get-hotspot-accuracy.ts';
import { getHotspotCell } from '../services/hotspots/get-hotspot-cell.ts';
import { getHotspots } from '../services/hotspots/get-hotspots.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import { ANY_ROLE, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

/** Grid, kernel density and Gi* hotspot maps under the shared filters: aggregates, so every role. */
export function hotspotRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/hotspots',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const q = parseInput(HotspotQuery, req.query);
        res.json(await getHotspots(deps.db, q, await filtersOf(deps.db, req)));
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/cell',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const { id } = parseInput(CellQuery, req.query);
        res.json(await getHotspotCell(deps.db, id, await filtersOf(deps.db, req)));
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/accuracy',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const q = parseInput(HotspotQuery, req.query);
        const { top } = parseInput(AccuracyQuery, req.query);
        res.json(await getHotspotAccuracy(deps.db, q, top, await filtersOf(deps.db, req)));
      },
    },
  ];
}
