import { useEffect } from 'react';
import { CircleMarker, Pane, Tooltip, useMap } from 'react-leaflet';
import type { HotPlace } from '../api/hot-places.ts';

// Street level, yet 250 m hotspot cells still show as squares around the place.
const PLACE_ZOOM = 15;

/** The place chosen from a list: the map flies to it and rings it above the hotspot cells (pane 450). */
export function PlaceMarker({ place }: { place: HotPlace | null }) {
  const map = useMap();
  useEffect(() => {
    if (place?.lat == null || place.lon == null) return;
    // Chosen from the list below the map: bring the map back into view first.
    map.getContainer().scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    map.flyTo([place.lat, place.lon], Math.max(map.getZoom(), PLACE_ZOOM), { duration: 0.6 });
  }, [map, place]);
  if (place?.lat == null || place.lon == null) return null;
  return (
    <Pane name="hot-place" style={{ zIndex: 620 }}>
      <CircleMarker
        center={[place.lat, place.lon]}
        radius={11}
        pathOptions={{ color: '#000', weight: 3, fillColor: '#ffffff', fillOpacity: 0.35 }}
      >
        <Tooltip permanent direction="top" offset={[0, -12]} className="area-tooltip">
          {`${place.label}: ${place.contacts} contacts`}
        </Tooltip>
      </CircleMarker>
    </Pane>
  );
}
