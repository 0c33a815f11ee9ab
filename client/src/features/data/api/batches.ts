import { queryOptions, useQuery } from '@tanstack/react-query';
import { BatchList } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

export const BATCHES_KEY = ['dataBatches'] as const;

export const batchesQuery = () =>
  queryOptions({
    queryKey: BATCHES_KEY,
    queryFn: ({ signal }) => api.get('/api/data/batches', BatchList, undefined, signal),
  });

export const useBatches = () => useQuery(batchesQuery());
