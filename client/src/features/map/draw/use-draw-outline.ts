import type {} from '@geoman-io/leaflet-geoman-free';
import type { Layer, Map as LeafletMap, Polygon } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import type { DrawnPolygon } from '../../../../../server/contract/drawn-areas.ts';
import { equip, loadGeoman } from './load-geoman.ts';

export const DRAW_COLOUR = '#d4351c';

/**
 * Drawing one outline with geoman: `start` turns the map's clicks into corners until the first corner
 * is clicked again; a crossing outline cannot be closed. Escape or `cancel` stops without one.
 */
export function useDrawOutline(map: LeafletMap | null) {
  const [drawing, setDrawing] = useState(false);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [outline, setOutline] = useState<DrawnPolygon | null>(null);

  useEffect(() => {
    if (!map || !drawing) return;
    const onCreate = (e: { layer: Layer }) => {
      const shape = (e.layer as Polygon).toGeoJSON(6);
      e.layer.remove();
      setOutline(shape.geometry as DrawnPolygon);
      setDrawing(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setDrawing(false);
    };
    equip(map);
    map.on('pm:create', onCreate);
    document.addEventListener('keydown', onKey);
    // Clicks place corners: the areas under them must not take them (select, tooltips) meanwhile.
    map.getContainer().classList.add('is-drawing');
    const line = { color: DRAW_COLOUR, weight: 3 };
    map.pm.enableDraw('Polygon', {
      allowSelfIntersection: false,
      snappable: false,
      tooltips: true,
      pathOptions: { ...line, fillOpacity: 0.1 },
      templineStyle: line,
      hintlineStyle: { ...line, dashArray: '4 6' },
    });
    return () => {
      map.off('pm:create', onCreate);
      document.removeEventListener('keydown', onKey);
      map.pm.disableDraw();
      // The click closing the outline is still under way: let it end before areas take clicks again.
      window.setTimeout(() => {
        if (!map.pm.globalDrawModeEnabled()) map.getContainer().classList.remove('is-drawing');
      }, 300);
    };
  }, [map, drawing]);

  const start = useCallback(() => {
    if (!map) return;
    setOutline(null);
    setLoadError(null);
    setLoading(true);
    loadGeoman(map)
      .then(() => setDrawing(true))
      .catch(() => setLoadError('The drawing tool could not be loaded. Reload the page and try again.'))
      .finally(() => setLoading(false));
  }, [map]);
  const cancel = useCallback(() => setDrawing(false), []);
  const clear = useCallback(() => setOutline(null), []);
  return { drawing, loading, loadError, outline, start, cancel, clear };
}
