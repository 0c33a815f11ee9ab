import { queryOptions, useQueries } from '@tanstack/react-query';
import { HotspotAccuracy, type HotspotMethod } from '../../../../../server/contract/hotspots.ts';
import { api } from '../../../lib/api-client.ts';

export type { HotspotAccuracy };

/** The methods whose maps can be scored: emerging classes are patterns over time, not a map to flag. */
export const SCORED_METHODS: readonly HotspotMethod[] = ['grid', 'kde', 'gistar'];

/** `sizes`: the map's cell, band and bandwidth as set in the address bar (unset ones take the defaults). */
export const hotspotAccuracyQuery = (
  method: HotspotMethod,
  f: Record<string, string>,
  sizes: Record<string, string>,
) =>
  queryOptions({
    queryKey: ['hotspot-accuracy', method, f, sizes],
    queryFn: ({ signal }) =>
      api.get('/api/hotspots/accuracy', HotspotAccuracy, { ...f, ...sizes, method }, signal),
  });

/** PAI and PEI of each scored method, trained on the months before the period and tested on it. */
export const useHotspotAccuracies = (
  f: Record<string, string>,
  sizes: Record<string, string>,
  enabled: boolean,
) =>
  useQueries({
    queries: SCORED_METHODS.map((m) => ({ ...hotspotAccuracyQuery(m, f, sizes), enabled })),
  });
