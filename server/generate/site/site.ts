import Flatbush from 'flatbush';
import type { BoundaryLayer } from '../../geo/boundary.ts';
import type { Point } from '../../geo/polygon.ts';
import { bngToWgs84 } from '../../geo/projection.ts';
import type { Random } from '../random.ts';
import { edgeDistance, shapeContains, type AreaShape } from './area-shape.ts';
import { GeneratorError } from '../generator-error.ts';

export interface AreaTag {
  layerId: string;
  code: string;
}

/** An area of the layer contacts are placed in. */
export interface SiteArea {
  code: string;
  name: string;
  population: number;
  /** Contacts per resident relative to the average (higher where deprivation is higher); 1 when unknown. */
  propensity: number;
  urban: boolean;
  /** Index into AGENCIES of the council that serves it. */
  council: number;
  shape: AreaShape;
  /** Every layer and code a contact placed here is tagged with (its contact_area rows). */
  tags: readonly AreaTag[];
}

/** An area of some layer made of site areas: a candidate for the cold spot. */
export interface AreaGroup {
  layerId: string;
  code: string;
  name: string;
  population: number;
  areas: readonly number[];
}

/** Where contacts go: the fictional district, or the finest loaded layer with populations. */
export interface Site {
  source: 'demo' | 'loaded';
  layerId: string;
  areas: readonly SiteArea[];
  /** The busiest centre (BNG), where the town-centre hotspot goes. */
  centre: Point;
  coldSpotCandidates: readonly AreaGroup[];
  /** Layers to store with the contacts when the database has none (the fictional district's). */
  boundaryLayers: readonly BoundaryLayer[] | null;
  index: Flatbush;
}

/** A whole-metre point with its WGS84 form (6 places, as written) and its distance to the area's edge. */
export interface SitePoint {
  easting: number;
  northing: number;
  lon: number;
  lat: number;
  slack: number;
}

/** Points keep this far from their area's edges, so rounding either coordinate never changes the area. */
export const MIN_SLACK_M = 3;
const MAX_TRIES = 200_000;

export function buildAreaIndex(areas: readonly SiteArea[]): Flatbush {
  const index = new Flatbush(Math.max(1, areas.length));
  for (const a of areas) index.add(...a.shape.bbox);
  index.finish();
  return index;
}

/** A point drawn uniformly inside area i (away from its edges). */
export function pointInArea(site: Site, i: number, random: Random): SitePoint {
  const area = site.areas[i] as SiteArea;
  const [minX, minY, maxX, maxY] = area.shape.bbox;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const p = pointAt(area, Math.round(random.between(minX, maxX)), Math.round(random.between(minY, maxY)));
    if (p) return p;
  }
  throw new GeneratorError(`Found no room for a point in area ${area.code} (too small or too thin).`);
}

/** The area holding a point (rounded to whole metres, away from edges), or null. */
export function locate(
  site: Site,
  easting: number,
  northing: number,
): { area: number; point: SitePoint } | null {
  const [e, n] = [Math.round(easting), Math.round(northing)];
  for (const i of site.index.search(e, n, e, n).sort((a, b) => a - b)) {
    const point = pointAt(site.areas[i] as SiteArea, e, n);
    if (point) return { area: i, point };
  }
  return null;
}

function pointAt(area: SiteArea, easting: number, northing: number): SitePoint | null {
  if (!shapeContains(area.shape, easting, northing)) return null;
  const slack = edgeDistance(area.shape, easting, northing);
  if (slack < MIN_SLACK_M) return null;
  const [lon, lat] = bngToWgs84(easting, northing);
  return { easting, northing, lon: round6(lon), lat: round6(lat), slack };
}

export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
