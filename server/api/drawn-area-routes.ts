import { z } from 'zod';
import { DRAWING_ROLES, NewDrawnArea } from '../contract/drawn-areas.ts';
import { AREA_CODE } from '../contract/filters.ts';
import { createDrawnArea } from '../services/drawn-areas/create-drawn-area.ts';
import { removeDrawnArea } from '../services/drawn-areas/delete-drawn-area.ts';
import { getDrawnAreas } from '../services/drawn-areas/list-drawn-areas.ts';
import type { AppDeps } from './deps.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const CodeParams = z.object({ code: z.string().regex(AREA_CODE, 'is not a valid area code') });

/** Areas drawn on the map: each filters the dashboard as `area=<layer>:<code>`. */
export function drawnAreaRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/drawn-areas',
      roles: ANY_ROLE,
      handler: async (_req, res) => {
        res.json(await getDrawnAreas(deps.db, userOf(res)));
      },
    },
    {
      method: 'post',
      path: '/api/drawn-areas',
      roles: DRAWING_ROLES,
      handler: async (req, res) => {
        const input = parseInput(NewDrawnArea, req.body, 'field');
        res.status(201).json(await createDrawnArea(deps.db, userOf(res), input));
      },
    },
    {
      method: 'delete',
      path: '/api/drawn-areas/:code',
      roles: DRAWING_ROLES,
      handler: async (req, res) => {
        const { code } = parseInput(CodeParams, req.params);
        await removeDrawnArea(deps.db, userOf(res), code);
        res.status(204).end();
      },
    },
  ];
}
