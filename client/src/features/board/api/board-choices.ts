import { queryOptions, useQuery } from '@tanstack/react-query';
import { BoardChoices } from '../../../../../server/contract/board.ts';
import { api } from '../../../lib/api-client.ts';

/** The quarters the data cover, the layers, the defaults and the rules in force. */
export const boardChoicesQuery = () =>
  queryOptions({
    queryKey: ['boardChoices'],
    queryFn: ({ signal }) => api.get('/api/board/choices', BoardChoices, {}, signal),
  });

export const useBoardChoices = () => useQuery(boardChoicesQuery());
