import type { AppDeps } from './deps.ts';
import type { RouteDef } from './route.ts';
import { getHealth } from '../services/health.ts';

export function healthRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/health',
      roles: 'public',
      handler: async (_req, res) => {
        res.json(await getHealth(deps.db));
      },
    },
  ];
}
