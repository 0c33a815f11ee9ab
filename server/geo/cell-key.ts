import { sql, type Sql } from '../db/sql.ts';

/**
 * The lookup grid behind area assignment: a quadtree over lon/lat degrees. A cell at level l is
 * 2^-l degrees of longitude by 2^-(l+1) of latitude (about 68 m by 56 m at level 10 in the
 * Midlands). Scaling by a power of two is exact in floating point, so floor() puts a point in the
 * same cell in JavaScript and in DuckDB, and cell edges are exact binary fractions.
 */
export interface Cell {
  level: number;
  ix: number;
  iy: number;
}

/** Levels the stored lookup uses; a coarser leaf is stored as its cells at the next of these. */
export const JOIN_LEVELS = [6, 8, 10, 12, 13] as const;
export const FINEST_LEVEL = JOIN_LEVELS[JOIN_LEVELS.length - 1] as number;
/** Where the quadtree starts: cells of about 4 km. */
export const ROOT_LEVEL = 4;

// iy fits in 25 bits at every level used (|lat| * 2^15 < 2^22), so (ix, iy) packs into one bigint.
const IY_SPAN = 2 ** 25;
const IY_OFFSET = 2 ** 24;

// Powers of two by level, looked up: the lookup build asks for them at every cell it visits.
const POWERS = Array.from({ length: 32 }, (_, k) => 2 ** k);
export const lonScale = (level: number): number => POWERS[level] ?? 2 ** level;
export const latScale = (level: number): number => POWERS[level + 1] ?? 2 ** (level + 1);

export function cellOf(level: number, lon: number, lat: number): Cell {
  return { level, ix: Math.floor(lon * lonScale(level)), iy: Math.floor(lat * latScale(level)) };
}

export const cellKey = (c: Cell): number => c.ix * IY_SPAN + (c.iy + IY_OFFSET);

/** [minLon, minLat, maxLon, maxLat] of a cell, edges included. */
export function cellBox(c: Cell): [number, number, number, number] {
  const [sx, sy] = [lonScale(c.level), latScale(c.level)];
  return [c.ix / sx, c.iy / sy, (c.ix + 1) / sx, (c.iy + 1) / sy];
}

export function children(c: Cell): Cell[] {
  const level = c.level + 1;
  const [x, y] = [c.ix * 2, c.iy * 2];
  return [
    { level, ix: x, iy: y },
    { level, ix: x + 1, iy: y },
    { level, ix: x, iy: y + 1 },
    { level, ix: x + 1, iy: y + 1 },
  ];
}

/** The same key as cellKey, computed by DuckDB from a row's lon and lat columns. */
export function cellKeySql(level: number, lon: Sql, lat: Sql): Sql {
  const [sx, sy] = [lonScale(level), latScale(level)];
  return sql`(floor(${lon} * ${raw(sx)})::bigint * ${raw(IY_SPAN)} + floor(${lat} * ${raw(sy)})::bigint + ${raw(IY_OFFSET)})`;
}

// Integer constants written into the text so DuckDB can fold them; they never come from input.
const raw = (n: number): Sql => ({ text: String(n), params: [] });
