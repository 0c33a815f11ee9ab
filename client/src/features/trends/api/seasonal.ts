import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { Seasonal } from '../../../../../server/contract/trends.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const seasonalQuery = (p: Params) =>
  queryOptions({
    queryKey: ['seasonal', p],
    queryFn: ({ signal }) => api.get('/api/trends/seasonal', Seasonal, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useSeasonal = (p: Params, enabled = true) => useQuery({ ...seasonalQuery(p), enabled });
