import { queryOptions, useQuery } from '@tanstack/react-query';
import { HotspotCell } from '../../../../../server/contract/hotspots.ts';
import { api } from '../../../lib/api-client.ts';

/** One cell's monthly trend and category mix under the filters. */
export const hotspotCellQuery = (id: string, f: Record<string, string>) =>
  queryOptions({
    queryKey: ['hotspot-cell', id, f],
    queryFn: ({ signal }) => api.get('/api/hotspots/cell', HotspotCell, { ...f, id }, signal),
  });

export const useHotspotCell = (id: string | null, f: Record<string, string>) =>
  useQuery({ ...hotspotCellQuery(id ?? '', f), enabled: id !== null });
