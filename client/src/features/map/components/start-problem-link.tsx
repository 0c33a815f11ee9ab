import { Link, useLocation } from 'react-router';
import { TASKING_WRITE_ROLES } from '../../../../../server/contract/tasking.ts';
import { FILTER_PARAMS } from '../../../lib/url-filters.ts';
import { useMe } from '../../auth/api/me.ts';

/**
 * "Start a problem here" for the roles that may write problems: the Tasking form reads the place from
 * `place=` (`cells:<cell id>` or `area:<layer>:<code>`, see tasking/place-param.ts); the shared filters travel along.
 */
export function StartProblemLink({
  place,
  compact = false,
  label = 'Start a problem here',
}: {
  place: string;
  compact?: boolean;
  label?: string;
}) {
  const role = useMe().data?.role;
  const { search } = useLocation();
  if (!role || !TASKING_WRITE_ROLES.includes(role)) return null;
  const params = new URLSearchParams();
  const current = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) for (const v of current.getAll(name)) params.append(name, v);
  params.set('place', place);
  return (
    <Link
      className={compact ? 'button button--link' : 'button button--secondary start-problem'}
      to={`/tasking/new?${params.toString()}`}
    >
      {label}
    </Link>
  );
}
