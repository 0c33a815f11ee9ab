/**
 * British National Grid (EPSG:27700) for proj4, shared by the server and the map: the towgs84 shift is
 * the OSGB36 -> WGS84 Helmert transform (about 2 m accuracy).
 */
export const BNG_PROJ4 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
