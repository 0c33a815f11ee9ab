import { Link, useLocation } from 'react-router';
import { FILTER_PARAMS } from '../../../lib/url-filters.ts';
import { useMe } from '../../auth/api/me.ts';
import { RECORD_ROLES } from '../../records/record-access.ts';

/**
 * "Show the records behind this": the Records page with the shared filters and `area` set to this area,
 * or (for a hotspot cell) the filters as they are and `cell` set to it.
 */
export function RecordsLink({ area, cell }: { area?: string; cell?: string }) {
  const role = useMe().data?.role;
  const { search } = useLocation();
  if (!role || !RECORD_ROLES.includes(role)) return null;
  const params = new URLSearchParams();
  const current = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) for (const v of current.getAll(name)) params.append(name, v);
  if (area) params.set('area', area);
  if (cell) params.set('cell', cell);
  return (
    <Link className="button button--secondary records-link" to={`/records?${params.toString()}`}>
      Show the records behind this
    </Link>
  );
}
