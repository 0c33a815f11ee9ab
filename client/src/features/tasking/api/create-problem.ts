import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ProblemDetail, type NewProblem } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { problemKey, PROBLEMS_KEY } from './tasking-keys.ts';

export const createProblem = (body: z.input<typeof NewProblem>) =>
  api.post('/api/problems', body, ProblemDetail);

/** Opens a problem; its page can show at once from the answer. */
export function useCreateProblem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createProblem,
    onSuccess: (d) => {
      client.setQueryData(problemKey(d.problem.id), d);
      return client.invalidateQueries({ queryKey: PROBLEMS_KEY });
    },
  });
}
