import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { latestParams } from '../../lib/latest-params.ts';
import type { HotspotMethod, HotspotRequest } from './api/hotspots.ts';

export type MapView = 'areas' | HotspotMethod;
export const MAP_VIEWS: readonly MapView[] = ['areas', 'grid', 'kde', 'gistar', 'emerging'];
export type SizeKey = 'cell' | 'band' | 'bandwidth';

/** The map's layer (area rates or a hotspot method) and its sizes, kept in the address bar. */
export function useHotspotView() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('view');
  const view: MapView = MAP_VIEWS.find((v) => v === raw) ?? 'areas';
  const sizes = { cell: params.get('cell'), band: params.get('band'), bandwidth: params.get('bandwidth') };
  const request: HotspotRequest | null =
    view === 'areas'
      ? null
      : {
          method: view,
          ...(sizes.cell ? { cell: sizes.cell } : {}),
          ...(sizes.band ? { band: sizes.band } : {}),
          ...(sizes.bandwidth ? { bandwidth: sizes.bandwidth } : {}),
        };
  const update = useCallback(
    (changes: Partial<Record<'view' | SizeKey, string | null>>) =>
      setParams(() => {
        const next = latestParams();
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '' || (key === 'view' && value === 'areas')) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  return { view, sizes, request, update };
}
