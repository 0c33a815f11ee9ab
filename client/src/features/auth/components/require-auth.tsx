import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/me.ts';
import { ErrorState, Loading } from '../../../components/states.tsx';

/** Sends a visitor without a session to /login, remembering the page (and its filters) to return to. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label="Checking your session" />;
  if (me.isError) {
    return (
      <ErrorState
        title="Could not check your session"
        message={me.error.message}
        onRetry={() => void me.refetch()}
      />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location }} />;
  return children;
}
