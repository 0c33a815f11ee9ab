import { queryOptions, useQuery } from '@tanstack/react-query';
import { BoundaryCollection, type BoundaryProperties } from '../../../../server/contract/dashboard.ts';
import { api } from '../api-client.ts';

export type { BoundaryCollection };
export type AreaProperties = BoundaryProperties;

/** One boundary layer as GeoJSON: the map draws it, the filter bar lists its areas. */
export const boundariesQuery = (layer: string) =>
  queryOptions({
    queryKey: ['boundaries', layer],
    queryFn: ({ signal }) =>
      api.get(`/api/boundaries/${encodeURIComponent(layer)}`, BoundaryCollection, undefined, signal),
    staleTime: 60 * 60_000,
    enabled: layer !== '',
  });

export const useBoundaries = (layer: string) => useQuery(boundariesQuery(layer));

/** Areas of a layer sorted by name, for pickers. */
export const areasOf = (c: BoundaryCollection | undefined): AreaProperties[] =>
  (c?.features.map((f) => f.properties) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
