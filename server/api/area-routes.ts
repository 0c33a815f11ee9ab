import { z } from 'zod';
import { LAYER_ID } from '../contract/filters.ts';
import { areasForBoard } from '../services/board/board-aggregates.ts';
import { getAreas } from '../services/get-areas.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const LayerQuery = z.object({
  layer: z.string({ error: 'is required' }).regex(LAYER_ID, 'is not a valid layer id'),
});

/** Contacts and rates per area of a boundary layer, under the shared filters (small counts hidden from the board). */
export function areaRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/areas',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const { layer } = parseInput(LayerQuery, req.query);
        const areas = await getAreas(deps.db, layer, await filtersOf(deps.db, req));
        const threshold = deps.config.ICSB_SUPPRESS_BELOW;
        res.json(userOf(res).role === 'board' ? areasForBoard(areas, threshold) : areas);
      },
    },
  ];
}
