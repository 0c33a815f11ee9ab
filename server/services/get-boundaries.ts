import type { Db } from '../db/database.ts';
import { findLayer, layerFeatures, type AreaFeatureRow } from '../queries/boundaries.ts';
import { dataVersion } from '../queries/meta.ts';

export type BoundariesOutcome =
  | { status: 'not_found' }
  | { status: 'not_modified'; etag: string }
  | { status: 'ok'; etag: string; body: string };

/**
 * A boundary layer as GeoJSON text. Layers are large and change only with the data version, so a
 * client holding the current ETag is told so without the layer being read.
 */
export async function getBoundaries(
  db: Db,
  layerId: string,
  ifNoneMatch: string | undefined,
): Promise<BoundariesOutcome> {
  const [layer, version] = await Promise.all([findLayer(db, layerId), dataVersion(db)]);
  if (!layer) return { status: 'not_found' };
  const etag = `"boundaries-${layerId}-v${version}"`;
  if (matches(ifNoneMatch, etag)) return { status: 'not_modified', etag };
  const rows = await layerFeatures(db, layerId);
  return { status: 'ok', etag, body: featureCollection(layerId, rows) };
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

// Geometry is spliced as stored rather than parsed and re-serialised: layers can run to megabytes.
function featureCollection(layerId: string, rows: readonly AreaFeatureRow[]): string {
  const features = rows.map((r) => {
    const properties = JSON.stringify({ code: r.code, name: r.name, population: r.population });
    return `{"type":"Feature","properties":${properties},"geometry":${r.geometry}}`;
  });
  const bbox = rows.length ? layerBbox(rows) : null;
  return `{"type":"FeatureCollection","layer":${JSON.stringify(layerId)},"bbox":${JSON.stringify(bbox)},"features":[${features.join(',')}]}`;
}

function layerBbox(rows: readonly AreaFeatureRow[]): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rows) {
    box[0] = Math.min(box[0] as number, r.min_lon);
    box[1] = Math.min(box[1] as number, r.min_lat);
    box[2] = Math.max(box[2] as number, r.max_lon);
    box[3] = Math.max(box[3] as number, r.max_lat);
  }
  return box;
}
