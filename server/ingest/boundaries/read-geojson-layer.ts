import fs from 'node:fs';
import { geometryBox } from '../../geo/area-index.ts';
import type { AreaGeometry, BoundaryArea } from '../../geo/boundary.ts';
import { fileProblem } from '../ingest-errors.ts';
import { geometryProblem, isObject, storedGeometry } from './geojson-geometry.ts';

export interface GeoJsonLayerSpec {
  file: string;
  /** Feature property holding each area's code (LSOA11CD, WD25CD, ...). */
  codeProperty: string;
  /** Feature property holding each area's name. */
  nameProperty: string;
}

const WGS84_CRS = /CRS84|EPSG:+4326$/i;

/** Reads and checks a GeoJSON FeatureCollection of areas; the first problem throws, naming file and feature. */
export function readGeoJsonLayer(spec: GeoJsonLayerSpec): BoundaryArea[] {
  const doc = parse(spec.file);
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features))
    throw fileProblem(spec.file, 'is not a GeoJSON FeatureCollection (no "features" array)');
  const crs = isObject(doc.crs) && isObject(doc.crs.properties) ? String(doc.crs.properties.name) : null;
  if (crs !== null && !WGS84_CRS.test(crs))
    throw fileProblem(spec.file, `declares crs ${crs}; areas must be WGS84 longitude/latitude (EPSG:4326)`);
  if (doc.features.length === 0) throw fileProblem(spec.file, 'has no features');
  const seen = new Map<string, number>();
  return doc.features.map((feature: unknown, i: number) => {
    const area = readFeature(spec, feature, i);
    const before = seen.get(area.code);
    if (before !== undefined)
      throw fileProblem(spec.file, `feature ${i}: code ${area.code} is also the code of feature ${before}`);
    seen.set(area.code, i);
    return area;
  });
}

function parse(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw fileProblem(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw fileProblem(file, `is not valid JSON: ${(err as Error).message}`);
  }
}

function readFeature(spec: GeoJsonLayerSpec, feature: unknown, i: number): BoundaryArea {
  const problem = (reason: string) => fileProblem(spec.file, `feature ${i}: ${reason}`);
  if (!isObject(feature) || feature.type !== 'Feature') throw problem('is not a GeoJSON Feature');
  const props = isObject(feature.properties) ? feature.properties : {};
  const code = text(props[spec.codeProperty]);
  if (code === null) throw problem(`has no code property ${spec.codeProperty} (properties: ${names(props)})`);
  const name = text(props[spec.nameProperty]);
  if (name === null)
    throw problem(`(${code}) has no name property ${spec.nameProperty} (properties: ${names(props)})`);
  const bad = geometryProblem(feature.geometry);
  if (bad) throw problem(`(${code}) ${bad}`);
  const geometry = storedGeometry(feature.geometry as AreaGeometry);
  return { code, name, population: null, geometry, bbox: geometryBox(geometry) };
}

const text = (v: unknown): string | null =>
  (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))
    ? String(v).trim()
    : null;

const names = (props: Record<string, unknown>) => Object.keys(props).join(', ') || 'none';
