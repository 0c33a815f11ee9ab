import type { GeoJsonObject } from 'geojson';
import { geoJSON } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface Props {
  target: GeoJsonObject;
  animate: boolean;
  /** Extra room around the target as a share of its size, so a single area keeps its neighbours in view. */
  pad?: number;
}

/** Fits the view to a GeoJSON object when it first appears or changes (a layer, or an area found by name). */
export function FitBounds({ target, animate, pad = 0 }: Props) {
  const map = useMap();
  useEffect(() => {
    const bounds = geoJSON(target).getBounds().pad(pad);
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate, maxZoom: 16 });
  }, [map, target, animate, pad]);
  return null;
}
