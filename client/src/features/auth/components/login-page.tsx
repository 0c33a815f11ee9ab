import type { FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useLogin } from '../api/login.ts';
import { useMe } from '../api/me.ts';
import { Loading } from '../../../components/states.tsx';
import type { Role } from '../../../../../server/contract/auth.ts';
import './login-page.css';

/**
 * Where to go after signing in: the page the guard turned the user away from, else the role's home
 * (the board pack for the board, the overview for everyone else).
 */
function returnPath(state: unknown, role: Role): string {
  const home = role === 'board' ? '/board' : '/';
  const from = (state as { from?: { pathname?: unknown; search?: unknown } } | null)?.from;
  if (typeof from?.pathname !== 'string' || !from.pathname.startsWith('/') || from.pathname === '/login') {
    return home;
  }
  const search = typeof from.search === 'string' ? from.search : '';
  // A bare "/" is just the start page; a link with filters is honoured as it is.
  return from.pathname === '/' && !search ? home : from.pathname + search;
}

export function LoginPage() {
  const me = useMe();
  const login = useLogin();
  const location = useLocation();

  if (me.isPending) return <Loading label="Checking your session" />;
  if (me.data) return <Navigate to={returnPath(location.state, me.data.role)} replace />;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    login.mutate({
      username: String(form.get('username') ?? ''),
      password: String(form.get('password') ?? ''),
    });
  };

  return (
    <main className="login">
      <title>Sign in · ICSB Analytics</title>
      <div className="login__card">
        <p className="login__brand" aria-hidden="true">
          ICSB
        </p>
        <h1 className="login__title">Sign in to ICSB Analytics</h1>
        <p className="login__lead">
          Anti-social behaviour contacts across police, councils, housing and fire.
        </p>
        <form className="login__form" onSubmit={onSubmit} noValidate={false}>
          <label className="field__label" htmlFor="username">
            Username
          </label>
          <input id="username" name="username" className="input" autoComplete="username" required />
          <label className="field__label" htmlFor="password">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            className="input"
            autoComplete="current-password"
            required
          />
          {login.isError && (
            <p className="form-error" role="alert">
              {login.error.message}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="login__note">
          For partner staff under the information sharing agreement. Activity is logged.
        </p>
      </div>
    </main>
  );
}
