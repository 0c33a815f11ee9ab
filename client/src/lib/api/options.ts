import { queryOptions, useQuery } from '@tanstack/react-query';
import { Options } from '../../../../server/contract/dashboard.ts';
import { api } from '../api-client.ts';

/** Agencies, categories, boundary layers and map settings: shared by the filter bar, map and header. */
export const optionsQuery = () =>
  queryOptions({
    queryKey: ['options'],
    queryFn: ({ signal }) => api.get('/api/options', Options, undefined, signal),
    staleTime: 10 * 60_000,
  });

export const useOptions = () => useQuery(optionsQuery());

/** The product runs on the seeded demo dataset when its agencies are the demo ones. */
export const isDemoData = (o: Options | undefined): boolean =>
  !!o && o.agencies.some((a) => a.name.startsWith('Demo'));

type Layer = Options['layers'][number];

/** Layers from coarse to fine (fewest areas first). */
export const layersByDetail = (o: Options | undefined): Layer[] =>
  [...(o?.layers ?? [])].sort((a, b) => a.areas - b.areas || a.name.localeCompare(b.name));

/** The map opens on the coarsest layer that actually divides the area (more than one area). */
export const defaultMapLayer = (layers: readonly Layer[]): string =>
  (layers.find((l) => l.areas > 1) ?? layers[0])?.id ?? '';
