import { queryOptions, useQuery } from '@tanstack/react-query';
import { HotspotCell } from '../../../../../server/contract/hotspots.ts';
import { api } from '../../../lib/api-client.ts';

/** One cell's profile under the filters: trend, category mix, hour x weekday and busiest places. */
export const hotspotCellQuery = (id: string, f: Record<string, string>) =>
  queryOptions({
    queryKey: ['hotspot-cell', id, f],
    queryFn: ({ signal }) => api.get('/api/hotspots/cell', HotspotCell, { ...f, id }, signal),
    // The board may not open a cell: a 403 is an answer, not worth repeating.
    retry: false,
  });

export const useHotspotCell = (id: string | null, f: Record<string, string>) =>
  useQuery({ ...hotspotCellQuery(id ?? '', f), enabled: id !== null });
