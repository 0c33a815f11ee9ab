import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { BoardTaskingResults } from '../../../../../server/contract/evaluation.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const boardTaskingQuery = (p: Params) =>
  queryOptions({
    queryKey: ['boardTasking', p],
    queryFn: ({ signal }) => api.get('/api/board/tasking', BoardTaskingResults, p, signal),
    placeholderData: keepPreviousData,
  });

/** The latest saved evaluation per problem, as the board may see it (`suppress` previews that). */
export const useBoardTasking = (p: Params, enabled = true) => useQuery({ ...boardTaskingQuery(p), enabled });
