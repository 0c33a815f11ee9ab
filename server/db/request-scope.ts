import { AsyncLocalStorage } from 'node:async_hooks';

/** What the work for one API request carries along its async calls. */
export interface RequestScope {
  /** Wall-clock spans during which DuckDB ran a statement for the request. */
  spans: [number, number][];
  /** The client asked for a fresh answer (Cache-Control: no-cache): no cache may answer for it. */
  fresh: boolean;
}

const current = new AsyncLocalStorage<RequestScope>();

/** Runs fn inside the scope (which follows fn's async calls). */
export function withRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return current.run(scope, fn);
}

/** True when the current request asked that caches be skipped. */
export const freshRequested = (): boolean => current.getStore()?.fresh ?? false;

/** Times one DuckDB call when a request scope is recording; outside one it costs nothing. */
export async function timedQuery<T>(work: () => Promise<T>): Promise<T> {
  const scope = current.getStore();
  if (!scope) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    scope.spans.push([start, performance.now()]);
  }
}

/** Milliseconds covered by at least one span: parallel queries count once, as DuckDB time on the clock. */
export function coveredMs(spans: readonly (readonly [number, number])[]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
