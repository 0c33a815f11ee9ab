import type { Role } from '../contract/auth.ts';
import { getDataQuality } from '../services/data/get-data-quality.ts';
import { getDataBatches } from '../services/data/list-data-batches.ts';
import type { AppDeps } from './deps.ts';
import type { RouteDef } from './route.ts';

// Analysts judge the data they analyse; loading and removing stay with administrators.
const QUALITY_ROLES: readonly Role[] = ['admin', 'analyst'];

/** The Data page's views over what is stored: the batches, and how complete the contacts are. */
export function dataQualityRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/data/batches',
      roles: QUALITY_ROLES,
      handler: async (_req, res) => res.json(await getDataBatches(deps.db)),
    },
    {
      method: 'get',
      path: '/api/data/quality',
      roles: QUALITY_ROLES,
      handler: async (_req, res) => res.json(await getDataQuality(deps.db)),
    },
  ];
}
