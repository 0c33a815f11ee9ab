import proj4 from 'proj4';

/** British National Grid; the towgs84 shift is the OSGB36 -> WGS84 Helmert transform (about 2 m accuracy). */
export const BNG = 'EPSG:27700';
proj4.defs(
  BNG,
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
    '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs',
);

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
