import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { Evaluation, type EvaluationRequest } from '../../../../../../server/contract/evaluation.ts';
import { api } from '../../../../lib/api-client.ts';
import { PROBLEMS_KEY, problemKey } from '../../api/tasking-keys.ts';

export type EvaluationInput = z.input<typeof EvaluationRequest>;

export const runEvaluation = (problemId: number, request: EvaluationInput) =>
  api.post(`/api/problems/${problemId}/evaluations`, request, Evaluation);

/** Previews (save false) or runs and saves an evaluation; a saved one refreshes the list, problem and board. */
export function useRunEvaluation(problemId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: EvaluationInput) => runEvaluation(problemId, request),
    onSuccess: async (_result, request) => {
      if (request.save === false) return;
      await Promise.all(
        [['problemEvaluations', problemId], problemKey(problemId), PROBLEMS_KEY, ['boardTasking']].map(
          (queryKey) => client.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
