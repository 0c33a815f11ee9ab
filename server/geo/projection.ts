import proj4 from 'proj4';
import { BNG_PROJ4 } from '../contract/british-national-grid.ts';

/** British National Grid. */
export const BNG = 'EPSG:27700';
proj4.defs(BNG, BNG_PROJ4);

const bngWgs84 = proj4(BNG, 'WGS84');

/** Easting/northing in metres -> [lon, lat] in degrees. */
export function bngToWgs84(easting: number, northing: number): [number, number] {
  const [lon, lat] = bngWgs84.forward([easting, northing]) as [number, number];
  return [lon, lat];
}

/** [lon, lat] in degrees -> [easting, northing] in metres. */
export function wgs84ToBng(lon: number, lat: number): [number, number] {
  const [e, n] = bngWgs84.inverse([lon, lat]) as [number, number];
  return [e, n];
}
