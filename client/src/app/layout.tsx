import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/states.tsx';
import { useLogout } from '../features/auth/api/logout.ts';
import { useMe } from '../features/auth/api/me.ts';
import { UserMenu } from '../features/auth/components/user-menu.tsx';
import { FilterBar } from '../features/filters/components/filter-bar.tsx';
import { isDemoData, useOptions } from '../lib/api/options.ts';
import { ROLES, type Role } from '../../../server/contract/auth.ts';
import './layout.css';

// Mirrors the roles the server grants each page's endpoints, so nobody is offered a page that answers 403.
const NAV: readonly { to: string; label: string; end: boolean; roles: readonly Role[] }[] = [
  { to: '/', label: 'Overview', end: true, roles: ROLES },
  { to: '/map', label: 'Map', end: false, roles: ROLES },
  { to: '/trends', label: 'Trends', end: false, roles: ['admin', 'analyst', 'tasking'] },
  { to: '/repeats', label: 'Repeats', end: false, roles: ['admin', 'analyst', 'tasking'] },
  { to: '/board', label: 'Board', end: false, roles: ROLES },
  { to: '/data', label: 'Data', end: false, roles: ['admin', 'analyst'] },
  { to: '/tasking', label: 'Tasking', end: false, roles: ROLES },
  { to: '/records', label: 'Records', end: false, roles: ['admin', 'analyst', 'tasking'] },
  { to: '/agreements', label: 'Agreements', end: false, roles: ['admin'] },
  { to: '/audit', label: 'Audit', end: false, roles: ['admin'] },
];

export function Layout() {
  const me = useMe();
  const options = useOptions();
  const logout = useLogout();
  const navigate = useNavigate();
  const { search, pathname } = useLocation();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="topbar__logo" aria-hidden="true">
            ICSB
          </span>
          <span className="topbar__name">Community Safety Analytics</span>
          {isDemoData(options.data) && (
            <span
              className="badge badge--demo"
              title="The agencies and contacts are generated demo data, not real records."
            >
              Demo data
            </span>
          )}
        </div>
        <nav className="topbar__nav" aria-label="Main">
          {NAV.filter((n) => me.data && n.roles.includes(me.data.role)).map((n) => (
            // Moving between pages keeps the filters: they are the same search parameters.
            <NavLink
              key={n.to}
              to={{ pathname: n.to, search: keepFilters(search) }}
              end={n.end}
              className="topbar__link"
            >
              {n.label}
            </NavLink>
          ))}
        </nav>
        {me.data && (
          <UserMenu
            me={me.data}
            signingOut={logout.isPending}
            onSignOut={() =>
              logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
            }
          />
        )}
      </header>
      <FilterBar />
      <main id="main" className="content" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname} what="page">
          <Suspense fallback={<Loading label="Loading the page" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** Only the shared filters travel between pages; each page's own choices stay behind. */
const PAGE_CHOICES = [
  'layer',
  'measure',
  'interval',
  'split',
  'count',
  'chart',
  'window',
  'threshold',
  'quarter',
  'suppress',
  'place',
  'status',
  'owner',
  'stage',
  'q',
  'cell',
  'sort',
  'dir',
  'page',
  'logFrom',
  'logTo',
  'action',
  'user',
  'record',
];

function keepFilters(search: string): string {
  const p = new URLSearchParams(search);
  for (const name of PAGE_CHOICES) p.delete(name);
  const s = p.toString();
  return s ? `?${s}` : '';
}
