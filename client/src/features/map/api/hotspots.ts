import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { Hotspots, type HotspotMethod } from '../../../../../server/contract/hotspots.ts';
import { decodeHotspots, type HotspotMap } from '../../../../../server/contract/hotspots-map.ts';
import { api } from '../../../lib/api-client.ts';

export type { HotspotClass } from '../../../../../server/contract/hotspots.ts';
export type { HotspotMap, HotspotMethod };

/** What the map asks for beside the filters; unset sizes take the server's defaults. */
export interface HotspotRequest {
  method: HotspotMethod;
  cell?: string;
  band?: string;
  bandwidth?: string;
}

// The answer comes in compact columns; the map reads them spelled out (centres, boxes, class words).
// The projection (proj4, about 45 kB gzipped) loads beside the first answer, not with the map page.
export const hotspotsQuery = (r: HotspotRequest, f: Record<string, string>) =>
  queryOptions({
    queryKey: ['hotspots', r, f],
    queryFn: async ({ signal }): Promise<HotspotMap> => {
      const [answer, { bngToWgs84 }] = await Promise.all([
        api.get('/api/hotspots', Hotspots, { ...f, ...r }, signal),
        import('../bng.ts'),
      ]);
      return decodeHotspots(answer, bngToWgs84);
    },
    placeholderData: keepPreviousData,
  });

export const useHotspots = (r: HotspotRequest | null, f: Record<string, string>, enabled: boolean) =>
  useQuery({ ...hotspotsQuery(r ?? { method: 'grid' }, f), enabled: enabled && r !== null });
