import { sql, type Sql } from '../../db/sql.ts';
import { LAT_LON_BOUNDS, pairChecks } from '../checks/coordinate-checks.ts';
import { required, type RowCheck } from '../checks/row-check.ts';

const code = (text: string): Sql => ({ text, params: [] });

/** What every street-level row needs (ASB or not): a real month, who reported it, a crime type, a sane point. */
export function policeChecks(): RowCheck[] {
  const month = code('month');
  return [
    required('Month', month),
    {
      column: 'Month',
      value: month,
      fails: sql`${month} is not null and p_month is null`,
      reason: sql`${'not a month in the form 2024-03'}`,
    },
    { column: 'Month', value: month, fails: sql`p_month > current_date`, reason: sql`${'in the future'}` },
    required('Reported by', code('reported_by')),
    required('Crime type', code('crime_type')),
    ...pairChecks(
      [
        { expr: code('latitude'), num: code('p_lat'), raw: code('latitude'), label: 'Latitude' },
        { expr: code('longitude'), num: code('p_lon'), raw: code('longitude'), label: 'Longitude' },
      ],
      LAT_LON_BOUNDS,
      'WGS84 coordinate',
    ),
  ];
}
