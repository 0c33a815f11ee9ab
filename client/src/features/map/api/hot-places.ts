import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { HotPlaces, type HotPlace } from '../../../../../server/contract/hotspots.ts';
import { api } from '../../../lib/api-client.ts';

export type { HotPlace, HotPlaces };

/** Repeat locations and concentration curves; `cell` is the map's cell size for the cell curve. */
export const hotPlacesQuery = (f: Record<string, string>, cell: string | null) =>
  queryOptions({
    queryKey: ['hot-places', f, cell],
    queryFn: ({ signal }) =>
      api.get('/api/hotspots/places', HotPlaces, { ...f, limit: '20', ...(cell ? { cell } : {}) }, signal),
    placeholderData: keepPreviousData,
    // The board may not see place references: a 403 is an answer, not worth repeating.
    retry: false,
  });

export const useHotPlaces = (f: Record<string, string>, cell: string | null, enabled: boolean) =>
  useQuery({ ...hotPlacesQuery(f, cell), enabled });
