import { sql, type Sql } from '../../db/sql.ts';
import {
  GRID_BOUNDS,
  LAT_LON_BOUNDS,
  pairChecks,
  type CoordinateColumn,
} from '../checks/coordinate-checks.ts';
import type { RowCheck } from '../checks/row-check.ts';
import { cleaned } from '../canonical/canonical-source.ts';
import { POSTCODE_RE } from '../canonical/location-checks.ts';
import { fileProblem } from '../ingest-errors.ts';
import { quoted } from '../formats/format-plan.ts';

/** Header names accepted for each field, lower case: ours, and ONSPD/NSPL's. */
const ALIASES = {
  postcode: ['postcode', 'pcds', 'pcd', 'pcd2'],
  lat: ['latitude', 'lat'],
  lon: ['longitude', 'long', 'lon'],
  easting: ['easting', 'oseast1m'],
  northing: ['northing', 'osnrth1m'],
} as const;
type Field = keyof typeof ALIASES;

const code = (text: string): Sql => ({ text, params: [] });
export interface CentroidColumns {
  fields: Partial<Record<Field, CoordinateColumn>>;
}

/** Finds the postcode and coordinate columns in a centroid file's header (either pair, or both). */
export function centroidColumns(file: string, names: readonly string[]): CentroidColumns {
  const fields: Partial<Record<Field, CoordinateColumn>> = {};
  for (const field of Object.keys(ALIASES) as Field[]) {
    const k = names.findIndex((n) => (ALIASES[field] as readonly string[]).includes(n.toLowerCase()));
    if (k >= 0) {
      const expr = cleaned(code(`c${k}`));
      fields[field] = { expr, num: sql`try_cast(${expr} as double)`, raw: expr, label: names[k] ?? field };
    }
  }
  const hasPair = (fields.lat && fields.lon) || (fields.easting && fields.northing);
  if (!fields.postcode || !hasPair)
    throw fileProblem(
      file,
      `line 1: a postcode centroid file needs a postcode column and latitude/longitude or easting/northing columns (its columns: ${quoted(names)})`,
      1,
    );
  return { fields };
}

export function centroidChecks(c: CentroidColumns): RowCheck[] {
  const { postcode, lat, lon, easting, northing } = c.fields;
  const checks: RowCheck[] = [];
  if (postcode)
    checks.push({
      column: postcode.label,
      value: postcode.raw,
      fails: sql`not coalesce(regexp_full_match(upper(${postcode.expr}), ${POSTCODE_RE}), false)`,
      reason: sql`${'not a UK postcode'}`,
    });
  if (lat && lon) checks.push(...pairChecks([lat, lon], LAT_LON_BOUNDS, 'WGS84 coordinate'));
  if (easting && northing) checks.push(...pairChecks([easting, northing], GRID_BOUNDS, 'grid coordinate'));
  return checks;
}
