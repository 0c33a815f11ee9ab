import { sql, type Sql } from '../../db/sql.ts';
import { cleaned } from '../canonical/canonical-source.ts';
import { fileProblem } from '../ingest-errors.ts';

/** The 12 columns of a data.police.uk street-level file. */
export const POLICE_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;
export type PoliceColumn = (typeof POLICE_COLUMNS)[number];

export const ASB_CRIME_TYPE = 'Anti-social behaviour';

/** Refuses a header that is not the street-level one, naming what is missing or unexpected. */
export function checkPoliceHeader(file: string, names: readonly string[]): void {
  const missing = POLICE_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(POLICE_COLUMNS as readonly string[]).includes(n));
  if (missing.length === 0 && unknown.length === 0) return;
  const parts = [
    missing.length > 0 ? `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}` : '',
    unknown.length > 0 ? `unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}` : '',
  ].filter(Boolean);
  throw fileProblem(
    file,
    `line 1: not a data.police.uk street-level header: ${parts.join('; ')}`,
    1,
    missing[0] ?? unknown[0] ?? null,
  );
}

const code = (text: string): Sql => ({ text, params: [] });

/**
 * CSV rows (k, c0..c11) with police column names in snake case (values trimmed, empty as null) and
 * the parsed month and point: p_month, p_lat, p_lon.
 */
export function policeRelation(names: readonly string[]): (rows: Sql) => Sql {
  const named = POLICE_COLUMNS.map((c) => {
    const alias = c.toLowerCase().replace(/[^a-z]+/g, '_');
    return sql`${cleaned(code(`c${names.indexOf(c)}`))} as ${code(alias)}`;
  }).reduce((a, b) => sql`${a}, ${b}`);
  return (rows) => sql`select *,
      case when regexp_full_match(month, '\\d{4}-\\d{2}') then try_cast(month || '-01' as date) end as p_month,
      try_cast(latitude as double) as p_lat, try_cast(longitude as double) as p_lon
    from (select k, ${named} from (${rows}))`;
}
