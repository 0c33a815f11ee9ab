import { queryOptions, useQuery } from '@tanstack/react-query';
import { EvaluationList } from '../../../../../../server/contract/evaluation.ts';
import { api } from '../../../../lib/api-client.ts';

export const problemEvaluationsQuery = (problemId: number) =>
  queryOptions({
    queryKey: ['problemEvaluations', problemId],
    queryFn: ({ signal }) =>
      api.get(`/api/problems/${problemId}/evaluations`, EvaluationList, undefined, signal),
  });

/** The problem's saved evaluations, newest first. */
export const useProblemEvaluations = (problemId: number) => useQuery(problemEvaluationsQuery(problemId));
