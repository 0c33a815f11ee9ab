import { z } from 'zod';
import { BOARD_THRESHOLD } from '../analytics/board/suppressed-cell.ts';
import { BoardTaskingQuery, EvaluationRequest } from '../contract/evaluation.ts';
import { TASKING_WRITE_ROLES } from '../contract/tasking.ts';
import { getBoardTasking } from '../services/evaluation/get-board-tasking.ts';
import { listEvaluations } from '../services/evaluation/list-evaluations.ts';
import { runEvaluation } from '../services/evaluation/run-evaluation.ts';
import type { AppDeps } from './deps.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const ProblemParams = z.object({ id: z.coerce.number().int().positive('must be a problem id') });

/** The assessment stage: did a problem's response work, did it move next door; and the board's view of it. */
export function evaluationRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'post',
      path: '/api/problems/:id/evaluations',
      roles: TASKING_WRITE_ROLES,
      handler: async (req, res) => {
        const { id } = parseInput(ProblemParams, req.params);
        const input = parseInput(EvaluationRequest, req.body ?? {}, 'field');
        const evaluation = await runEvaluation(deps.db, userOf(res), id, input);
        res.status(input.save ? 201 : 200).json(evaluation);
      },
    },
    {
      method: 'get',
      path: '/api/problems/:id/evaluations',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const { id } = parseInput(ProblemParams, req.params);
        res.json(await listEvaluations(deps.db, id));
      },
    },
    {
      method: 'get',
      path: '/api/board/tasking',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const query = parseInput(BoardTaskingQuery, req.query);
        const threshold = deps.config.ICSB_SUPPRESS_BELOW || BOARD_THRESHOLD;
        res.json(await getBoardTasking(deps.db, userOf(res).role, query, threshold));
      },
    },
  ];
}
