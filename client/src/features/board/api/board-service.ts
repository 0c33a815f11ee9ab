import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { BoardService } from '../../../../../server/contract/board.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const boardServiceQuery = (p: Params) =>
  queryOptions({
    queryKey: ['boardService', p],
    queryFn: ({ signal }) => api.get('/api/board/service', BoardService, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked and the quarter to be known. */
export const useBoardService = (p: Params, enabled = true) => useQuery({ ...boardServiceQuery(p), enabled });
