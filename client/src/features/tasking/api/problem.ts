import { queryOptions, useQuery } from '@tanstack/react-query';
import { ProblemDetail } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { problemKey } from './tasking-keys.ts';

/** One problem with its place, actions (and their updates) and the history of every change. */
export const problemQuery = (id: number) =>
  queryOptions({
    queryKey: problemKey(id),
    queryFn: ({ signal }) => api.get(`/api/problems/${id}`, ProblemDetail, undefined, signal),
  });

export const useProblem = (id: number) => useQuery(problemQuery(id));
