import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { Timeseries } from '../../../../../server/contract/dashboard.ts';
import { api } from '../../../lib/api-client.ts';

type FilterParams = Record<string, string>;

export const fetchTimeseries = (f: FilterParams, signal?: AbortSignal) =>
  api.get('/api/timeseries', Timeseries, f, signal);

export const timeseriesQuery = (f: FilterParams) =>
  queryOptions({
    queryKey: ['timeseries', f],
    queryFn: ({ signal }) => fetchTimeseries(f, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useTimeseries = (f: FilterParams, enabled = true) =>
  useQuery({ ...timeseriesQuery(f), enabled });
