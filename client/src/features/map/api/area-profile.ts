import { queryOptions, useQuery } from '@tanstack/react-query';
import { AreaProfile } from '../../../../../server/contract/hotspots.ts';
import { api } from '../../../lib/api-client.ts';

/** A clicked area's trend, category mix, hour x weekday and busiest places, through the area filter. */
export const areaProfileQuery = (layer: string, code: string, f: Record<string, string>) =>
  queryOptions({
    queryKey: ['area-profile', layer, code, f],
    queryFn: ({ signal }) =>
      api.get('/api/hotspots/area', AreaProfile, { ...f, area: `${layer}:${code}` }, signal),
    retry: false,
  });

export const useAreaProfile = (area: { layer: string; code: string } | null, f: Record<string, string>) =>
  useQuery({ ...areaProfileQuery(area?.layer ?? '', area?.code ?? '', f), enabled: area !== null });
