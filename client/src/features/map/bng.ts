import proj4 from 'proj4';
import { BNG_PROJ4 } from '../../../../server/contract/british-national-grid.ts';

const toWgs84 = proj4(BNG_PROJ4, 'WGS84');

/** Easting/northing in metres -> [lon, lat] in degrees: hotspot cells arrive as BNG squares. */
export function bngToWgs84(easting: number, northing: number): [number, number] {
  const [lon, lat] = toWgs84.forward([easting, northing]) as [number, number];
  return [lon, lat];
}
