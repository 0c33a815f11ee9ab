import type { Feature, FeatureCollection, GeoJsonObject } from 'geojson';
import type { Layer, LeafletMouseEvent, Path } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { GeoJSON, MapContainer, TileLayer } from 'react-leaflet';
import type { AreaProperties, BoundaryCollection } from '../../../lib/api/boundaries.ts';
import { FitBounds } from './fit-bounds.tsx';
import { areaStyle } from './area-style.ts';
import { NoResidentsPattern } from './no-residents-pattern.tsx';
import { ViewBounds } from './view-bounds.tsx';

interface Props {
  collection: BoundaryCollection;
  tiles: { tileUrl: string | null; tileAttribution: string | null } | null;
  /** The fill of each area, by code. */
  fillOf: (code: string) => string;
  /** The tooltip of each area: its name and figure. */
  labelOf: (area: AreaProperties) => string;
  selectedCode: string | null;
  filterCode: string | null;
  zoomToCode: string | null;
  onHover: (area: AreaProperties | null) => void;
  onSelect: (area: AreaProperties) => void;
  /** Drawn over the map (the legend). */
  children?: ReactNode;
  /** Map layers drawn over the boundaries (hotspot cells). */
  overlay?: ReactNode;
}

const LEICESTER: [number, number] = [52.64, -1.13];
// The legend sits over the lower left corner; the whole layer is fitted beside it.
const LEGEND_ROOM = 250;

export function BoundaryMap({
  collection,
  tiles,
  fillOf,
  labelOf,
  selectedCode,
  filterCode,
  zoomToCode,
  ...rest
}: Props) {
  const { onHover, onSelect, children, overlay } = rest;
  const style = useCallback(
    (f?: Feature) => {
      const code = f?.properties?.code as string | undefined;
      return areaStyle(code, code ? fillOf(code) : '', selectedCode, filterCode);
    },
    [fillOf, selectedCode, filterCode],
  );
  // Leaflet binds these handlers once per feature; refs let them see the latest props.
  const latest = useRef({ style, labelOf, onHover, onSelect });
  useEffect(() => {
    latest.current = { style, labelOf, onHover, onSelect };
  }, [style, labelOf, onHover, onSelect]);

  const onEachFeature = useCallback((feature: Feature, layer: Layer) => {
    const area = feature.properties as AreaProperties;
    layer.bindTooltip(() => latest.current.labelOf(area), {
      sticky: true,
      direction: 'top',
      className: 'area-tooltip',
    });
    layer.on({
      // The code on the drawn path lets a test (or a stylesheet) find an area.
      add: (e) => (e.target as Path).getElement()?.setAttribute('data-code', area.code),
      mouseover: (e: LeafletMouseEvent) => {
        (e.target as Path).setStyle({ weight: 3.5, color: '#000' }).bringToFront();
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
      <NoResidentsPattern />
      <MapContainer center={LEICESTER} zoom={9} zoomSnap={0.25} className="boundary-map__leaflet">
        {tiles?.tileUrl && <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution ?? ''} />}
        <GeoJSON data={asGeoJson(collection)} style={style} onEachFeature={onEachFeature} />
        <FitBounds target={asGeoJson(collection)} animate={false} reserveLeft={LEGEND_ROOM} />
        {zoomTarget && <FitBounds target={asGeoJson(zoomTarget)} animate pad={1} />}
        {overlay}
        <ViewBounds />
      </MapContainer>
      {children}
    </div>
  );
}

// The contract checks the shape loosely (coordinates unknown[]); Leaflet reads the coordinates itself.
const asGeoJson = (o: BoundaryCollection | BoundaryCollection['features'][number]) =>
  o as unknown as FeatureCollection | GeoJsonObject;
