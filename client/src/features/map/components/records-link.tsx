import { Link, useLocation } from 'react-router';
import { FILTER_PARAMS } from '../../../lib/url-filters.ts';
import { useMe } from '../../auth/api/me.ts';
import { RECORD_ROLES } from '../../records/record-access.ts';

/** "Show the records behind this": the Records page with the shared filters and `area` set to this area. */
export function RecordsLink({ area }: { area: string }) {
  const role = useMe().data?.role;
  const { search } = useLocation();
  if (!role || !RECORD_ROLES.includes(role)) return null;
  const params = new URLSearchParams();
  const current = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) for (const v of current.getAll(name)) params.append(name, v);
  params.set('area', area);
  return (
    <Link className="button button--secondary records-link" to={`/records?${params.toString()}`}>
      Show the records behind this
    </Link>
  );
}
