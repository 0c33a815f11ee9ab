import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import type { Point, Ring } from '../../geo/polygon.ts';
import { wgs84ToBng } from '../../geo/projection.ts';
import { layerFeatures } from '../../queries/boundaries.ts';
import { agencyIndex } from '../world/agencies.ts';
import { areaShape, shapeArea, type AreaShape } from './area-shape.ts';
import { buildAreaIndex, type Site, type SiteArea } from './site.ts';
import { GeneratorError } from '../generator-error.ts';

/** A layer counts as having populations when this share of its areas has one. */
const POPULATED_SHARE = 0.9;
/** Share of residents around the densest centre served by the city (unitary) council. */
const CITY_SHARE = 0.35;

/**
 * The finest loaded layer with populations as a generator site: contacts go in its areas in
 * proportion to residents, more where deprivation (IMD decile, where loaded) is higher.
 */
export async function loadedSite(db: Executor, layerIds: readonly string[]): Promise<Site> {
  const layerId = await finestPopulatedLayer(db, layerIds);
  const features = (await layerFeatures(db, layerId)).filter((f) => (f.population ?? 0) > 0);
  const deciles = await deprivationDeciles(db, layerId);
  const shapes = features.map((f) => areaShape(bngRings(JSON.parse(f.geometry) as AreaGeometry)));
  const centres = shapes.map((s): Point => [(s.bbox[0] + s.bbox[2]) / 2, (s.bbox[1] + s.bbox[3]) / 2]);
  const density = features.map(
    (f, i) => (f.population ?? 0) / Math.max(1, shapeArea(shapes[i] as AreaShape)),
  );
  const centre = densestCentre(centres, density);
  const radius = cityRadius(
    centres,
    features.map((f) => f.population ?? 0),
    centre,
  );
  const areas = features.map((f, i): SiteArea => {
    const [x, y] = centres[i] as Point;
    const urban = Math.hypot(x - centre[0], y - centre[1]) <= radius;
    const decile = deciles.get(f.code);
    return {
      ...{ code: f.code, name: f.name, population: f.population ?? 0, urban },
      propensity: decile === undefined ? 1 : 2 ** ((5.5 - decile) / 4.5),
      council: agencyIndex(urban ? 'city_council' : x < centre[0] ? 'district_council' : 'borough_council'),
      shape: shapes[i] as AreaShape,
      // Every layer's tags come from assignAreas after the load, exactly as ingest does it.
      tags: [],
    };
  });
  return {
    source: 'loaded',
    layerId,
    areas,
    centre,
    coldSpotCandidates: areas.map((a, i) => ({
      layerId,
      code: a.code,
      name: a.name,
      population: a.population,
      areas: [i],
    })),
    boundaryLayers: null,
    index: buildAreaIndex(areas),
  };
}

async function finestPopulatedLayer(db: Executor, layerIds: readonly string[]): Promise<string> {
  const rows = await db.all<{ layer_id: string; n: number; populated: number }>(
    sql`select layer_id, count(*)::integer as n, count(*) filter (where population > 0)::integer as populated
      from area group by layer_id order by n desc, layer_id`,
  );
  const layer = rows.find((r) => layerIds.includes(r.layer_id) && r.populated >= POPULATED_SHARE * r.n);
  if (!layer)
    throw new GeneratorError(
      'No loaded boundary layer has populations. Load them (icsb population load), or generate ' +
        'into a database without boundary layers to use the fictional district.',
    );
  return layer.layer_id;
}

async function deprivationDeciles(db: Executor, layerId: string): Promise<Map<string, number>> {
  const rows = await db.all<{ code: string; decile: number }>(
    sql`select area_code as code, imd_decile::integer as decile from area_deprivation where layer_id = ${layerId}`,
  );
  return new Map(rows.map((r) => [r.code, r.decile]));
}

/** Every ring of a GeoJSON polygon or multipolygon, in BNG metres, without the closing point. */
function bngRings(g: AreaGeometry): Ring[] {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flatMap((polygon) =>
    polygon.map((ring) => ring.slice(0, -1).map(([lon, lat]) => wgs84ToBng(lon as number, lat as number))),
  );
}

/** The mean centre of the densest twentieth of the areas: the city centre. */
function densestCentre(centres: readonly Point[], density: readonly number[]): Point {
  const order = density.map((_, i) => i).sort((a, b) => (density[b] as number) - (density[a] as number));
  const top = order.slice(0, Math.max(1, Math.ceil(order.length / 20)));
  const [x, y] = top.reduce(
    ([sx, sy], i) => [sx + (centres[i] as Point)[0], sy + (centres[i] as Point)[1]],
    [0, 0],
  );
  return [x / top.length, y / top.length];
}

/** The distance from the centre within which CITY_SHARE of the residents live. */
function cityRadius(centres: readonly Point[], population: readonly number[], [cx, cy]: Point): number {
  const byDistance = centres
    .map(([x, y], i) => ({ d: Math.hypot(x - cx, y - cy), p: population[i] as number }))
    .sort((a, b) => a.d - b.d);
  const total = population.reduce((s, p) => s + p, 0);
  let seen = 0;
  for (const { d, p } of byDistance) if ((seen += p) >= CITY_SHARE * total) return d;
  return Infinity;
}
