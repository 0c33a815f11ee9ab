import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { latestParams } from '../../lib/latest-params.ts';
import type { Measure } from './choropleth.ts';

/** The map's own choices, kept in the address bar beside the filters so a link reproduces the map. */
export function useMapView(fallbackLayer: string) {
  const [params, setParams] = useSearchParams();
  const layer = params.get('layer') ?? fallbackLayer;
  const raw = params.get('measure');
  const measure: Measure = raw === 'count' || raw === 'versus' || raw === 'gistar' ? raw : 'rate';
  const set = useCallback(
    (key: 'layer' | 'measure', value: string | null) =>
      setParams(() => {
        const next = latestParams();
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      }),
    [setParams],
  );
  const chooseLayer = useCallback((id: string) => set('layer', id), [set]);
  // Rate is the default, so only a count goes into the link.
  const chooseMeasure = useCallback((m: Measure) => set('measure', m === 'rate' ? null : m), [set]);
  return { layer, measure, chooseLayer, chooseMeasure };
}
