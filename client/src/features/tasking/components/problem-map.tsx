import type { GeoJsonObject } from 'geojson';
import { geoJSON, type Path } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useBoundaries } from '../../../lib/api/boundaries.ts';
import { layersByDetail, useOptions } from '../../../lib/api/options.ts';

const BASE_STYLE = { color: '#7b8794', weight: 1, fillColor: '#e4e7eb', fillOpacity: 0.6 };
const PLACE_STYLE = { color: '#d4351c', weight: 3, fillColor: '#d4351c', fillOpacity: 0.15 };

interface Props {
  geometry: GeoJsonObject;
  label: string;
}

/** The problem's outline over the finest boundary layer (the base map when no tiles are set). */
export function ProblemMap({ geometry, label }: Props) {
  const options = useOptions().data;
  const finest = layersByDetail(options).at(-1)?.id ?? '';
  const base = useBoundaries(finest);
  const tiles = options?.map;
  return (
    <div className="problem-map" role="img" aria-label={`Map of the problem's place: ${label}`}>
      <MapContainer center={[52.64, -1.13]} zoom={12} zoomSnap={0.25} className="problem-map__leaflet">
        {tiles?.tileUrl && <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution ?? ''} />}
        {base.data && (
          <GeoJSON
            key={finest}
            data={base.data as unknown as GeoJsonObject}
            style={BASE_STYLE}
            interactive={false}
          />
        )}
        <PlaceOutline geometry={geometry} />
      </MapContainer>
    </div>
  );
}

function PlaceOutline({ geometry }: { geometry: GeoJsonObject }) {
  const map = useMap();
  const bounds = useMemo(() => geoJSON(geometry).getBounds(), [geometry]);
  useEffect(() => {
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.6), { animate: false, maxZoom: 16 });
  }, [map, bounds]);
  return (
    <GeoJSON
      key={bounds.toBBoxString()}
      data={geometry}
      style={PLACE_STYLE}
      interactive={false}
      // Tests (and stylesheets) find the outline by this attribute.
      onEachFeature={(_f, layer) =>
        layer.on('add', (e) => (e.target as Path).getElement()?.setAttribute('data-outline', 'problem'))
      }
    />
  );
}
