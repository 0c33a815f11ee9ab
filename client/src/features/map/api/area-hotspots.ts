import { queryOptions, useQuery } from '@tanstack/react-query';
import { AreaHotspots, type AreaHotspot } from '../../../../../server/contract/hotspots.ts';
import { api } from '../../../lib/api-client.ts';

export type { AreaHotspot, AreaHotspots };

type FilterParams = Record<string, string>;

/** Getis-Ord Gi* over the areas of a layer under the filters (the server picks rate or count). */
export const areaHotspotsQuery = (layer: string, f: FilterParams) =>
  queryOptions({
    queryKey: ['hotspots', 'areas', layer, f],
    queryFn: ({ signal }) => api.get('/api/hotspots/areas', AreaHotspots, { ...f, layer }, signal),
    // As the area figures: keep the last classes while new filters load, never another layer's.
    placeholderData: (previous) => (previous?.layer.id === layer ? previous : undefined),
  });

/** Fetched only while the map colours areas by Gi* (`enabled`). */
export const useAreaHotspots = (layer: string, f: FilterParams, enabled: boolean) =>
  useQuery({ ...areaHotspotsQuery(layer, f), enabled: enabled && layer !== '' });
