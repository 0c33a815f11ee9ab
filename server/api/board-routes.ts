import type { Request, Response } from 'express';
import { z } from 'zod';
import { BoardQuery, NewTarget } from '../contract/board.ts';
import type { Role } from '../contract/auth.ts';
import { FilterQuery } from '../contract/filters.ts';
import { resolveBoard, resolveBoardLayer } from '../services/board/board-scope.ts';
import { addBoardTarget, removeBoardTarget } from '../services/board/change-board-targets.ts';
import { getBoardAreas } from '../services/board/get-board-areas.ts';
import { getBoardChoices } from '../services/board/get-board-choices.ts';
import { getBoardExceptions } from '../services/board/get-board-exceptions.ts';
import { getBoardService } from '../services/board/get-board-service.ts';
import { getBoardTargets } from '../services/board/get-board-targets.ts';
import type { AppDeps } from './deps.ts';
import { userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const BOARD_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking', 'board'];
const TargetId = z.object({ id: z.coerce.number().int().positive('must be a target id') });

/** The CSP board pack: areas, exceptions, service levels and targets for one quarter. */
export function boardRoutes(deps: AppDeps): RouteDef[] {
  const boardOf = async (req: Request, res: Response) => {
    const query = parseInput(BoardQuery, req.query);
    // The quarter replaces the filter bar's dates; its categories, agencies and area still apply.
    const { category, agency, area } = req.query;
    const filters = parseInput(FilterQuery, { category, agency, area });
    const board = await resolveBoard(deps.db, {
      query,
      filters,
      role: userOf(res).role,
      threshold: deps.config.ICSB_SUPPRESS_BELOW,
    });
    return { query, board };
  };
  const read = (path: string, handler: RouteDef['handler']): RouteDef => ({
    method: 'get',
    path,
    roles: BOARD_ROLES,
    handler,
  });
  return [
    read('/api/board/choices', async (_req, res) => {
      res.json(await getBoardChoices(deps.db, deps.config.ICSB_SUPPRESS_BELOW, userOf(res).role));
    }),
    read('/api/board/areas', async (req, res) => {
      const { query, board } = await boardOf(req, res);
      const layer = await resolveBoardLayer(deps.db, query.layer);
      res.json(await getBoardAreas(deps.db, layer, board));
    }),
    read('/api/board/exceptions', async (req, res) => {
      const { query, board } = await boardOf(req, res);
      const layer = await resolveBoardLayer(deps.db, query.layer);
      res.json(await getBoardExceptions(deps.db, layer, board));
    }),
    read('/api/board/service', async (req, res) => {
      res.json(await getBoardService(deps.db, (await boardOf(req, res)).board));
    }),
    read('/api/board/targets', async (req, res) => {
      res.json(await getBoardTargets(deps.db, (await boardOf(req, res)).board));
    }),
    {
      method: 'post',
      path: '/api/board/targets',
      roles: ['admin'],
      handler: async (req, res) => {
        const target = parseInput(NewTarget, req.body ?? {}, 'field');
        res.status(201).json(await addBoardTarget(deps.db, target, userOf(res).username));
      },
    },
    {
      method: 'delete',
      path: '/api/board/targets/:id',
      roles: ['admin'],
      handler: async (req, res) => {
        const { id } = parseInput(TargetId, req.params);
        await removeBoardTarget(deps.db, id);
        res.status(204).end();
      },
    },
  ];
}
