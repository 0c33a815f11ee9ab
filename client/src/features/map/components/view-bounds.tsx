import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Writes the view's [south, west, north, east] on the map element, so a browser test can find a place on it. */
export function ViewBounds() {
  const map = useMap();
  useEffect(() => {
    const write = () => {
      const b = map.getBounds();
      map.getContainer().dataset.view = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].join(',');
    };
    write();
    map.on('moveend zoomend resize', write);
    return () => {
      map.off('moveend zoomend resize', write);
    };
  }, [map]);
  return null;
}
