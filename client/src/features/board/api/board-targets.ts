import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { BoardTargets } from '../../../../../server/contract/board.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const boardTargetsQuery = (p: Params) =>
  queryOptions({
    queryKey: ['boardTargets', p],
    queryFn: ({ signal }) => api.get('/api/board/targets', BoardTargets, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked and the quarter to be known. */
export const useBoardTargets = (p: Params, enabled = true) => useQuery({ ...boardTargetsQuery(p), enabled });
