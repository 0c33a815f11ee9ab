import { geoJSON, type Map as LeafletMap, type PathOptions } from 'leaflet';
import { useEffect } from 'react';
import type { DrawnPolygon } from '../../../../../server/contract/drawn-areas.ts';

const PANE = 'drawnOutline';

/**
 * Shows an outline over the boundaries (in a pane of its own above them, letting clicks through to
 * the areas underneath) while the geometry is set.
 */
export function useMapOutline(map: LeafletMap | null, geometry: DrawnPolygon | null, style: PathOptions) {
  const { color, weight, dashArray, fillOpacity } = style;
  useEffect(() => {
    if (!map || !geometry) return;
    if (!map.getPane(PANE)) {
      const pane = map.createPane(PANE);
      pane.style.zIndex = '450';
      pane.style.pointerEvents = 'none';
    }
    const layer = geoJSON(geometry, {
      pane: PANE,
      interactive: false,
      style: { color, weight, dashArray, fillOpacity, fillColor: color },
    }).addTo(map);
    layer.eachLayer((l) => {
      const el = (l as unknown as { getElement?: () => Element | undefined }).getElement?.();
      el?.setAttribute('data-outline', dashArray ? 'pending' : 'filter');
    });
    return () => {
      layer.remove();
    };
  }, [map, geometry, color, weight, dashArray, fillOpacity]);
}

/** Moves the map to show the whole outline with its surroundings for context. */
export function fitOutline(map: LeafletMap | null, geometry: DrawnPolygon | null): void {
  if (map && geometry) map.fitBounds(geoJSON(geometry).getBounds().pad(0.5), { maxZoom: 15 });
}
