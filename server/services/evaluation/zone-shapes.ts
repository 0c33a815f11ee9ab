import turfArea from '@turf/area';
import turfBuffer from '@turf/buffer';
import difference from '@turf/difference';
import { feature, featureCollection } from '@turf/helpers';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { invalidInput } from '../../errors.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';

export interface ZoneShapes {
  target: AreaGeometry;
  buffer: AreaGeometry;
  control: AreaGeometry;
  areaKm2: { target: number; buffer: number; control: number };
}

type Shape = Feature<Polygon | MultiPolygon>;
const shape = (g: AreaGeometry): Shape => feature(g as Polygon | MultiPolygon);

/** Several outlines as one (the districts that make up a control). */
export function unionOf(geometries: readonly AreaGeometry[]): AreaGeometry | null {
  if (geometries.length <= 1) return geometries[0] ?? null;
  const merged = union(featureCollection(geometries.map(shape)));
  return merged ? (merged.geometry as AreaGeometry) : null;
}

const km2 = (g: AreaGeometry) => turfArea(g) / 1e6;

/**
 * The three zones: the target; a ring `bufferM` metres wide around it (the target grown by bufferM,
 * without the target); the control base without target and ring. Turf grows the outline on a local
 * projection, accurate to a few metres at this scale.
 */
export function zoneShapes(target: AreaGeometry, bufferM: number, controlBase: AreaGeometry): ZoneShapes {
  const grown = turfBuffer(shape(target), bufferM, { units: 'meters' });
  const ring = grown && difference(featureCollection([grown as Shape, shape(target)]));
  if (!grown || !ring) throw invalidInput('bufferM', `Invalid field 'bufferM': the ring encloses no ground.`);
  const control = difference(featureCollection([shape(controlBase), grown as Shape]));
  if (!control)
    throw invalidInput(
      'control',
      "Invalid field 'control': the control area lies wholly inside the target and buffer; choose a larger one.",
    );
  const zones = {
    target,
    buffer: ring.geometry as AreaGeometry,
    control: control.geometry as AreaGeometry,
  };
  return {
    ...zones,
    areaKm2: { target: km2(target), buffer: km2(zones.buffer), control: km2(zones.control) },
  };
}
