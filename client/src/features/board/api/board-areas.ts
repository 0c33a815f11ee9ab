import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { BoardAreas } from '../../../../../server/contract/board.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const boardAreasQuery = (p: Params) =>
  queryOptions({
    queryKey: ['boardAreas', p],
    queryFn: ({ signal }) => api.get('/api/board/areas', BoardAreas, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked and the quarter to be known. */
export const useBoardAreas = (p: Params, enabled = true) => useQuery({ ...boardAreasQuery(p), enabled });
