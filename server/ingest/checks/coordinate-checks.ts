import { sql, type Sql } from '../../db/sql.ts';
import type { RowCheck } from './row-check.ts';

/** Great Britain with a margin: a point outside is a wrong value, not a cross-border incident. */
export const GB = {
  minLat: 49.8,
  maxLat: 61,
  minLon: -8.7,
  maxLon: 2,
  maxEasting: 700_000,
  maxNorthing: 1_250_000,
};
export const LAT_LON_BOUNDS = [
  [GB.minLat, GB.maxLat],
  [GB.minLon, GB.maxLon],
] as const;
export const GRID_BOUNDS = [
  [0, GB.maxEasting],
  [0, GB.maxNorthing],
] as const;

/** One coordinate column: its cleaned text, its value as a number (null if not one), its source text and name. */
export interface CoordinateColumn {
  expr: Sql;
  num: Sql;
  raw: Sql;
  label: string;
}

/** Checks for a coordinate pair: both or neither, numbers, within the bounds (else an impossible value). */
export function pairChecks(
  pair: readonly [CoordinateColumn, CoordinateColumn],
  bounds: readonly (readonly [number, number])[],
  what: string,
): RowCheck[] {
  return pair.flatMap((c, i) => {
    const other = pair[1 - i] as CoordinateColumn;
    const [lo, hi] = bounds[i] as readonly [number, number];
    const n = c.num;
    const check = (fails: Sql, reason: string): RowCheck => ({
      column: c.label,
      value: c.raw,
      fails,
      reason: sql`${reason}`,
    });
    return [
      check(
        sql`${c.expr} is null and ${other.expr} is not null`,
        `missing: ${other.label} is given, so ${c.label} is needed too`,
      ),
      check(sql`${c.expr} is not null and ${n} is null`, 'not a number'),
      check(
        sql`${n} not between ${lo} and ${hi}`,
        `impossible ${what}: outside Great Britain (${lo} to ${hi})`,
      ),
    ];
  });
}
