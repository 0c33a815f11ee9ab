import { getOptions } from '../services/get-options.ts';
import type { AppDeps } from './deps.ts';
import { ANY_ROLE, type RouteDef } from './route.ts';

export function optionsRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/options',
      roles: ANY_ROLE,
      handler: async (_req, res) => {
        res.json(
          await getOptions(deps.db, {
            tileUrl: deps.config.ICSB_TILE_URL,
            tileAttribution: deps.config.ICSB_TILE_ATTRIBUTION,
          }),
        );
      },
    },
  ];
}
