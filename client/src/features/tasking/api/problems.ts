import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ProblemList } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { PROBLEMS_KEY } from './tasking-keys.ts';

export type ProblemListParams = { status: string; agency?: string; stage?: string };

/** The JAG meeting list: problems in priority order, with the parts of each priority. */
export const problemsQuery = (p: ProblemListParams) =>
  queryOptions({
    queryKey: [...PROBLEMS_KEY, p],
    queryFn: ({ signal }) => api.get('/api/problems', ProblemList, p, signal),
    placeholderData: keepPreviousData,
  });

export const useProblems = (p: ProblemListParams) => useQuery(problemsQuery(p));
