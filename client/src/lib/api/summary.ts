import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { Summary } from '../../../../server/contract/dashboard.ts';
import { api } from '../api-client.ts';

type FilterParams = Record<string, string>;

export const fetchSummary = (f: FilterParams, signal?: AbortSignal) =>
  api.get('/api/summary', Summary, f, signal);

/** The headline figures; the filter bar reads the period in force from the same query. */
export const summaryQuery = (f: FilterParams) =>
  queryOptions({
    queryKey: ['summary', f],
    queryFn: ({ signal }) => fetchSummary(f, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useSummary = (f: FilterParams, enabled = true) => useQuery({ ...summaryQuery(f), enabled });
