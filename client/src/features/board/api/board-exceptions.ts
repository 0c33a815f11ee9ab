import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { BoardExceptions } from '../../../../../server/contract/board.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const boardExceptionsQuery = (p: Params) =>
  queryOptions({
    queryKey: ['boardExceptions', p],
    queryFn: ({ signal }) => api.get('/api/board/exceptions', BoardExceptions, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked and the quarter to be known. */
export const useBoardExceptions = (p: Params, enabled = true) =>
  useQuery({ ...boardExceptionsQuery(p), enabled });
