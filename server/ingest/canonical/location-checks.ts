import type { CanonicalColumn } from '../../contract/canonical-contact.ts';
import { sql } from '../../db/sql.ts';
import {
  GRID_BOUNDS,
  LAT_LON_BOUNDS,
  pairChecks,
  type CoordinateColumn,
} from '../checks/coordinate-checks.ts';
import type { RowCheck } from '../checks/row-check.ts';
import { parsed } from './canonical-parsed.ts';
import { field, labelOf, rawField, type CanonicalSource } from './canonical-source.ts';

/** Full postcode (LE2 1AA) or its outward code alone (LE2). */
export const POSTCODE_RE = '^[A-Z]{1,2}[0-9][A-Z0-9]? ?([0-9][A-Z]{2})?$';

const coordinate = (
  src: CanonicalSource,
  c: CanonicalColumn & ('lat' | 'lon' | 'easting' | 'northing'),
): CoordinateColumn => ({
  expr: field(c),
  num: parsed.number(c),
  raw: rawField(c),
  label: labelOf(src, c),
});

const locationLabel = (src: CanonicalSource): string =>
  (['lat', 'easting', 'postcode'] as const)
    .filter((c) => src[c])
    .map((c) => labelOf(src, c))
    .join('/') || 'location';

/** lat/lon and easting/northing pairs, the postcode's form, and that there is some location at all. */
export function locationChecks(src: CanonicalSource): RowCheck[] {
  return [
    ...pairChecks([coordinate(src, 'lat'), coordinate(src, 'lon')], LAT_LON_BOUNDS, 'WGS84 coordinate'),
    ...pairChecks([coordinate(src, 'easting'), coordinate(src, 'northing')], GRID_BOUNDS, 'grid coordinate'),
    {
      column: labelOf(src, 'postcode'),
      value: rawField('postcode'),
      fails: sql`${field('postcode')} is not null
        and not regexp_full_match(upper(${field('postcode')}), ${POSTCODE_RE})`,
      reason: sql`${'not a UK postcode'}`,
    },
    {
      column: locationLabel(src),
      value: sql`null`,
      fails: sql`${field('lat')} is null and ${field('easting')} is null and ${field('postcode')} is null`,
      reason: sql`${'no location: give latitude and longitude, easting and northing, or a postcode'}`,
    },
  ];
}
