import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataQuality } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

export const QUALITY_KEY = ['dataQuality'] as const;

export const qualityQuery = () =>
  queryOptions({
    queryKey: QUALITY_KEY,
    queryFn: ({ signal }) => api.get('/api/data/quality', DataQuality, undefined, signal),
  });

export const useQuality = () => useQuery(qualityQuery());
