import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, Loading } from './states.tsx';

interface Props<T> {
  query: UseQueryResult<T>;
  loadingLabel?: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states for one query; stale data stays visible, dimmed, while refetching. */
export function QueryState<T>({ query, loadingLabel, isEmpty, empty, children }: Props<T>) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) {
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  }
  const data = query.data;
  if (isEmpty?.(data)) return <EmptyState>{empty ?? 'Nothing matches these filters.'}</EmptyState>;
  return (
    <div
      className={query.isPlaceholderData ? 'query-body is-stale' : 'query-body'}
      aria-busy={query.isFetching}
    >
      {children(data)}
    </div>
  );
}
