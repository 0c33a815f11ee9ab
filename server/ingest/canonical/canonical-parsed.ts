import { sql, type Sql } from '../../db/sql.ts';
import { code } from './canonical-source.ts';
import { precisionOf, timestampOf } from './moment-sql.ts';

const MOMENTS = ['received_at', 'from_at', 'to_at', 'resolved_at'] as const;
export type MomentField = (typeof MOMENTS)[number];

/** Parsed columns of the canonical relation, each computed once per row and shared by checks and load. */
export const parsed = {
  /** 'time' | 'day' | 'month' | null: the form of a time text. */
  form: (f: MomentField) => code(`p_${f}_form`),
  /** A time or day as a timestamp (a day at midnight); null for a month or a bad value. */
  moment: (f: MomentField) => code(`p_${f}`),
  /** The day received (the first for a month); null when not a real date. */
  receivedOn: code('p_received_on'),
  number: (f: 'lat' | 'lon' | 'easting' | 'northing' | 'sla_target_hours') => code(`p_${f}`),
};

const step = (rel: Sql, columns: Sql): Sql => sql`select *, ${columns} from (${rel})`;
const list = (parts: Sql[]): Sql => parts.reduce((a, b) => sql`${a}, ${b}`);

/**
 * The canonical relation with its texts parsed: the form of each time, each time as a UTC timestamp,
 * the day received, the numbers. In stacked projections so no parse runs twice for a row.
 */
export function parseCanonical(canon: Sql): Sql {
  const forms = step(
    canon,
    list([
      ...MOMENTS.map((f) => sql`${precisionOf(code(f))} as ${parsed.form(f)}`),
      ...(['lat', 'lon', 'easting', 'northing'] as const).map(
        (f) => sql`try_cast(${code(f)} as double) as ${parsed.number(f)}`,
      ),
      sql`try_cast(sla_target_hours as integer) as p_sla_target_hours`,
    ]),
  );
  const moments = step(
    forms,
    list([
      ...MOMENTS.map(
        (f) => sql`case ${parsed.form(f)} when 'time' then ${timestampOf(code(f))}
          when 'day' then try_cast(${code(f)} as date)::timestamp end as ${parsed.moment(f)}`,
      ),
      sql`case p_received_at_form when 'month' then try_cast(received_at || '-01' as date) end as p_received_month`,
    ]),
  );
  return step(moments, sql`coalesce(p_received_at::date, p_received_month) as p_received_on`);
}
