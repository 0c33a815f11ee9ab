import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { TrendSeries } from '../../../../../server/contract/trends.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const trendSeriesQuery = (p: Params) =>
  queryOptions({
    queryKey: ['trendSeries', p],
    queryFn: ({ signal }) => api.get('/api/trends/series', TrendSeries, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useTrendSeries = (p: Params, enabled = true) => useQuery({ ...trendSeriesQuery(p), enabled });
