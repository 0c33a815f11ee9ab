import type { Response } from 'express';
import { z } from 'zod';
import {
  ActionListQuery,
  ActionPatch,
  NewAction,
  NewActionUpdate,
  NewProblem,
  ProblemListQuery,
  ProblemPatch,
  TASKING_WRITE_ROLES,
} from '../contract/tasking.ts';
import { addActionUpdate } from '../services/tasking/add-action-update.ts';
import { createAction } from '../services/tasking/create-action.ts';
import { createProblem } from '../services/tasking/create-problem.ts';
import { getProblem } from '../services/tasking/get-problem.ts';
import { listActions } from '../services/tasking/list-actions.ts';
import { listProblems } from '../services/tasking/list-problems.ts';
import { patchAction } from '../services/tasking/patch-action.ts';
import { patchProblem } from '../services/tasking/patch-problem.ts';
import type { AppDeps } from './deps.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const IdParams = z.object({ id: z.coerce.number().int().positive('must be a positive whole number') });

/** Joint tasking: problems, their actions and updates, every change kept; the board reads, JAG and analysts write. */
export function taskingRoutes(deps: AppDeps): RouteDef[] {
  const { db } = deps;
  const boardThreshold = (res: Response) =>
    userOf(res).role === 'board' ? deps.config.ICSB_SUPPRESS_BELOW : null;
  const idOf = (params: unknown) => parseInput(IdParams, params).id;
  return [
    {
      method: 'get',
      path: '/api/problems',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const query = parseInput(ProblemListQuery, req.query);
        res.json(await listProblems(db, userOf(res), query, boardThreshold(res)));
      },
    },
    {
      method: 'post',
      path: '/api/problems',
      roles: TASKING_WRITE_ROLES,
      handler: async (req, res) => {
        const input = parseInput(NewProblem, req.body, 'field');
        res.status(201).json(await createProblem(db, userOf(res), input));
      },
    },
    {
      method: 'get',
      path: '/api/problems/:id',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        res.json(await getProblem(db, userOf(res), idOf(req.params), boardThreshold(res)));
      },
    },
    {
      method: 'patch',
      path: '/api/problems/:id',
      roles: TASKING_WRITE_ROLES,
      handler: async (req, res) => {
        const patch = parseInput(ProblemPatch, req.body, 'field');
        res.json(await patchProblem(db, userOf(res), idOf(req.params), patch));
      },
    },
    {
      method: 'post',
      path: '/api/problems/:id/actions',
      roles: TASKING_WRITE_ROLES,
      handler: async (req, res) => {
        const input = parseInput(NewAction, req.body, 'field');
        res.status(201).json(await createAction(db, userOf(res), idOf(req.params), input));
      },
    },
    {
      method: 'get',
      path: '/api/actions',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        res.json(await listActions(db, parseInput(ActionListQuery, req.query)));
      },
    },
    {
      method: 'patch',
      path: '/api/actions/:id',
      roles: TASKING_WRITE_ROLES,
      handler: async (req, res) => {
        const patch = parseInput(ActionPatch, req.body, 'field');
        res.json(await patchAction(db, userOf(res), idOf(req.params), patch));
      },
    },
    {
      method: 'post',
      path: '/api/actions/:id/updates',
      roles: TASKING_WRITE_ROLES,
      handler: async (req, res) => {
        const input = parseInput(NewActionUpdate, req.body, 'field');
        res.status(201).json(await addActionUpdate(db, userOf(res), idOf(req.params), input.text));
      },
    },
  ];
}
