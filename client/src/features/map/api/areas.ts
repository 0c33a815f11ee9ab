import { queryOptions, useQuery } from '@tanstack/react-query';
import { AreaStats, type AreaStat } from '../../../../../server/contract/dashboard.ts';
import { api } from '../../../lib/api-client.ts';

export type { AreaStat, AreaStats };

type FilterParams = Record<string, string>;

/** Contacts and rates for every area of a layer under the filters. */
export const areaStatsQuery = (layer: string, f: FilterParams) =>
  queryOptions({
    queryKey: ['areas', layer, f],
    queryFn: ({ signal }) => api.get('/api/areas', AreaStats, { ...f, layer }, signal),
    // Keep the last figures while new filters load, but never another layer's: its codes would not match.
    placeholderData: (previous) => (previous?.layer.id === layer ? previous : undefined),
  });

/** `enabled` waits for the filters to be checked and for a known layer. */
export const useAreaStats = (layer: string, f: FilterParams, enabled: boolean) =>
  useQuery({ ...areaStatsQuery(layer, f), enabled: enabled && layer !== '' });
