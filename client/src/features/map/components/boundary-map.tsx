import type { Feature, FeatureCollection, GeoJsonObject } from 'geojson';
import type { Layer, LeafletMouseEvent, Path } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useRef } from 'react';
import { GeoJSON, MapContainer, TileLayer } from 'react-leaflet';
import type { AreaProperties, BoundaryCollection } from '../../../lib/api/boundaries.ts';
import { FitBounds } from './fit-bounds.tsx';
import { areaStyle } from './area-style.ts';

interface Props {
  collection: BoundaryCollection;
  tiles: { tileUrl: string | null; tileAttribution: string | null } | null;
  selectedCode: string | null;
  filterCode: string | null;
  zoomToCode: string | null;
  onHover: (area: AreaProperties | null) => void;
  onSelect: (area: AreaProperties) => void;
}

const LEICESTER: [number, number] = [52.64, -1.13];

export function BoundaryMap({
  collection,
  tiles,
  selectedCode,
  filterCode,
  zoomToCode,
  onHover,
  onSelect,
}: Props) {
  const style = useCallback(
    (f?: Feature) => areaStyle(f?.properties?.code as string | undefined, selectedCode, filterCode),
    [selectedCode, filterCode],
  );
  // Leaflet binds these handlers once per feature; refs let them see the latest props.
  const latest = useRef({ style, onHover, onSelect });
  useEffect(() => {
    latest.current = { style, onHover, onSelect };
  }, [style, onHover, onSelect]);

  const onEachFeature = useCallback((feature: Feature, layer: Layer) => {
    const area = feature.properties as AreaProperties;
    layer.bindTooltip(area.name, { sticky: true, direction: 'top', className: 'area-tooltip' });
    layer.on({
      mouseover: (e: LeafletMouseEvent) => {
        (e.target as Path).setStyle({ weight: 3, fillOpacity: 0.55 }).bringToFront();
        latest.current.onHover(area);
      },
      mouseout: (e: LeafletMouseEvent) => {
        (e.target as Path).setStyle(latest.current.style(feature));
        latest.current.onHover(null);
      },
      click: () => latest.current.onSelect(area),
    });
  }, []);

  const zoomTarget = zoomToCode
    ? collection.features.find((f) => f.properties.code === zoomToCode)
    : undefined;

  return (
    <div className="boundary-map" data-testid="boundary-map" data-features={collection.features.length}>
      <MapContainer center={LEICESTER} zoom={9} zoomSnap={0.25} className="boundary-map__leaflet">
        {tiles?.tileUrl && <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution ?? ''} />}
        <GeoJSON data={asGeoJson(collection)} style={style} onEachFeature={onEachFeature} />
        <FitBounds target={asGeoJson(collection)} animate={false} />
        {zoomTarget && <FitBounds target={asGeoJson(zoomTarget)} animate pad={1} />}
      </MapContainer>
    </div>
  );
}

// The contract checks the shape loosely (coordinates unknown[]); Leaflet reads the coordinates itself.
const asGeoJson = (o: BoundaryCollection | BoundaryCollection['features'][number]) =>
  o as unknown as FeatureCollection | GeoJsonObject;
