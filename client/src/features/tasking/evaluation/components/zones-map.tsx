import type { GeoJsonObject } from 'geojson';
import { geoJSON, type Path } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { Evaluation } from '../../../../../../server/contract/evaluation.ts';
import { useOptions } from '../../../../lib/api/options.ts';
import { ZONE_LABEL, ZONES, type Zone } from '../evaluation-format.ts';
import { ZONE_COLOUR } from './evaluation-chart.tsx';

const FILL: Record<Zone, number> = { target: 0.45, buffer: 0.35, control: 0.12 };

/**
 * Opens on the target and its buffer, and the control too when it is of a like size: a whole district
 * would shrink the target to a dot, so the legend names it instead.
 */
function FitZones({ zones }: { zones: Evaluation['zones'] }) {
  const map = useMap();
  useEffect(() => {
    const bounds = geoJSON(zones.buffer as GeoJsonObject).getBounds();
    const { target, buffer, control } = zones.areaKm2;
    if (control <= 10 * (target + buffer)) bounds.extend(geoJSON(zones.control as GeoJsonObject).getBounds());
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { animate: false });
  }, [map, zones]);
  return null;
}

/** The three zones of an evaluation on a small map, with a legend. */
export function ZonesMap({ evaluation: e }: { evaluation: Evaluation }) {
  const tiles = useOptions().data?.map;
  const key = `${e.id ?? 'preview'}-${e.runAt}`;
  return (
    <figure className="evaluation-map">
      <MapContainer className="evaluation-map__map" center={[52.64, -1.13]} zoom={13} scrollWheelZoom={false}>
        {tiles?.tileUrl && <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution ?? ''} />}
        {[...ZONES].reverse().map((z) => (
          <GeoJSON
            key={`${key}-${z}`}
            data={e.zones[z] as GeoJsonObject}
            style={{ color: ZONE_COLOUR[z], weight: 2, fillColor: ZONE_COLOUR[z], fillOpacity: FILL[z] }}
            onEachFeature={(_f, layer) =>
              // The zone on the drawn path lets a test (or a stylesheet) find it.
              layer.on('add', () => (layer as Path).getElement()?.setAttribute('data-zone', z))
            }
          />
        ))}
        <FitZones zones={e.zones} />
      </MapContainer>
      <figcaption className="evaluation-map__legend">
        {ZONES.map((z) => (
          <span key={z} className="evaluation-map__key">
            <span
              className="evaluation-map__swatch"
              style={{ background: ZONE_COLOUR[z], opacity: FILL[z] + 0.35 }}
              aria-hidden="true"
            />
            {z === 'buffer'
              ? `${ZONE_LABEL.buffer}, ${e.params.bufferM} m`
              : z === 'control'
                ? `Control: ${e.params.controlLabel}`
                : ZONE_LABEL.target}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
