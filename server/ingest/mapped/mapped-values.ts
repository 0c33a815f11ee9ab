import { join, sql, type Sql } from '../../db/sql.ts';
import type { RowCheck } from '../checks/row-check.ts';

/** Source values mapped to ours, ignoring case and surrounding blanks; anything else gives null. */
export function mapValues(raw: Sql, map: Record<string, string | boolean>): Sql {
  const arms = Object.entries(map).map(
    ([from, to]) => sql`when ${from.trim().toLowerCase()} then ${String(to)}`,
  );
  return arms.length === 0 ? sql`null::varchar` : sql`case lower(${raw}) ${join(arms, ' ')} end`;
}

export const unmappedReason = (mapName: string) => `not in the profile's ${mapName} map (add it there)`;

/** Fails for a present source value that the map does not list. */
export function unmappedCheck(column: string, raw: Sql, mapped: Sql, mapName: string): RowCheck {
  return {
    column,
    value: raw,
    fails: sql`${raw} is not null and ${mapped} is null`,
    reason: sql`${unmappedReason(mapName)}`,
  };
}

export type Precision = 'time' | 'day' | 'month';
export const precisionOfFormat = (format: string): Precision =>
  /%[HIkl]/.test(format) ? 'time' : /%[dej]/.test(format) ? 'day' : 'month';

/**
 * A source date text in the profile's format as canonical text: a time becomes UTC with a Z (the
 * source's local time zone applied), a day YYYY-MM-DD, a month YYYY-MM.
 */
export function canonicalDate(raw: Sql, format: string, timeZone: string): Sql {
  const parsed = sql`try_strptime(${raw}, ${format})`;
  switch (precisionOfFormat(format)) {
    case 'time':
      return sql`strftime(timezone(${timeZone}, ${parsed}) at time zone 'UTC', '%Y-%m-%dT%H:%M:%SZ')`;
    case 'day':
      return sql`strftime(${parsed}, '%Y-%m-%d')`;
    case 'month':
      return sql`strftime(${parsed}, '%Y-%m')`;
  }
}

export function dateFormatCheck(column: string, raw: Sql, format: string): RowCheck {
  return {
    column,
    value: raw,
    fails: sql`${raw} is not null and try_strptime(${raw}, ${format}) is null`,
    reason: sql`${`does not match the profile's date format ${format}`}`,
  };
}
