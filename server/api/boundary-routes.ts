import { z } from 'zod';
import { LAYER_ID } from '../contract/filters.ts';
import { getBoundaries } from '../services/get-boundaries.ts';
import { notFound } from '../errors.ts';
import type { AppDeps } from './deps.ts';
import { ANY_ROLE, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const LayerParams = z.object({ layer: z.string().regex(LAYER_ID, 'is not a valid layer id') });

export function boundaryRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/boundaries/:layer',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const { layer } = parseInput(LayerParams, req.params);
        const result = await getBoundaries(deps.db, layer, req.get('if-none-match'));
        if (result.status === 'not_found') throw notFound(`Boundary layer '${layer}'`);
        // Revalidate each time (the ETag makes that cheap) rather than the API's default no-store.
        res.setHeader('Cache-Control', 'private, no-cache');
        res.setHeader('ETag', result.etag);
        if (result.status === 'not_modified') {
          res.status(304).end();
          return;
        }
        res.type('application/json').send(result.body);
      },
    },
  ];
}
