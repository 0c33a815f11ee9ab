import { Map as LeafletMap } from 'leaflet';
import { useSyncExternalStore } from 'react';

// The page's Leaflet map, published as Leaflet creates it, so the drawing tools can sit in the side
// panel without threading a map ref through the map components.
let current: LeafletMap | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function publish(map: LeafletMap) {
  current = map;
  notify();
  map.on('unload', () => {
    if (current !== map) return;
    current = null;
    notify();
  });
}

LeafletMap.addInitHook(function (this: LeafletMap) {
  publish(this);
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The Leaflet map on the page, or null while there is none. */
export const useLeafletMap = (): LeafletMap | null => useSyncExternalStore(subscribe, () => current);
