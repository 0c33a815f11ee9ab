import { queryOptions, useQuery } from '@tanstack/react-query';
import { DrawnAreaList } from '../../../../../../server/contract/drawn-areas.ts';
import { api } from '../../../../lib/api-client.ts';

export const DRAWN_AREAS_KEY = ['drawnAreas'] as const;

export const drawnAreasQuery = () =>
  queryOptions({
    queryKey: DRAWN_AREAS_KEY,
    queryFn: ({ signal }) => api.get('/api/drawn-areas', DrawnAreaList, undefined, signal),
  });

/** The user's own drawn areas and those others shared. */
export const useDrawnAreas = () => useQuery(drawnAreasQuery());
