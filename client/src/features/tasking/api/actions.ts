import { queryOptions, useQuery } from '@tanstack/react-query';
import { ActionList } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { ACTIONS_KEY } from './tasking-keys.ts';

export type ActionListParams = { agency?: string; overdue?: 'true' | 'false'; status?: 'open' | 'all' };

/** Actions to chase across problems (overdue ones for the JAG meeting). */
export const actionsQuery = (p: ActionListParams) =>
  queryOptions({
    queryKey: [...ACTIONS_KEY, p],
    queryFn: ({ signal }) => api.get('/api/actions', ActionList, p, signal),
  });

export const useActions = (p: ActionListParams) => useQuery(actionsQuery(p));
