import type { GeoJsonObject } from 'geojson';
import { geoJSON, point } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface Props {
  target: GeoJsonObject;
  animate: boolean;
  /** Extra room around the target as a share of its size, so a single area keeps its neighbours in view. */
  pad?: number;
  /** Pixels kept clear on the left (for the legend), at most a third of the map's width. */
  reserveLeft?: number;
}

/** Fits the view to a GeoJSON object when it first appears or changes (a layer, or an area found by name). */
export function FitBounds({ target, animate, pad = 0, reserveLeft = 0 }: Props) {
  const map = useMap();
  useEffect(() => {
    const bounds = geoJSON(target).getBounds().pad(pad);
    const left = Math.max(16, Math.min(reserveLeft, map.getSize().x / 3));
    if (bounds.isValid()) {
      map.fitBounds(bounds, {
        paddingTopLeft: point(left, 16),
        paddingBottomRight: point(16, 16),
        animate,
        maxZoom: 16,
      });
    }
  }, [map, target, animate, pad, reserveLeft]);
  return null;
}
