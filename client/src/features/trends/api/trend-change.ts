import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { TrendChange } from '../../../../../server/contract/trends.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const trendChangeQuery = (p: Params) =>
  queryOptions({
    queryKey: ['trendChange', p],
    queryFn: ({ signal }) => api.get('/api/trends/change', TrendChange, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useTrendChange = (p: Params, enabled = true) => useQuery({ ...trendChangeQuery(p), enabled });
