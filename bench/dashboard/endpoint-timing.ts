import type { BenchServer } from './bench-server.ts';
import { p, round, timedGet, type CallTiming } from './http-timing.ts';

export interface EndpointResult {
  endpoint: string;
  filter: string;
  uncachedP50: number;
  uncachedP95: number;
  cachedP50: number;
  cachedP95: number;
  /** DuckDB's own time for the same statements (p50), and the API's time over it. */
  dbP50: number;
  apiOverDb: number;
  kb: number;
}

// A p95 of 10 calls is most of the way to the slowest one; cached calls take a few milliseconds, so
// there are always enough of them for their p95 to be one.
export const CACHED_CALLS = 100;

/**
 * Repeated calls of one endpoint and filter: uncached (Cache-Control: no-cache), then cached (`reps`
 * calls, and at least CACHED_CALLS). The ratio takes each uncached call's client round trip over the
 * DuckDB time the server reported for it.
 */
export async function timeEndpoint(
  server: BenchServer,
  endpoint: string,
  filter: string,
  path: string,
  reps: number,
): Promise<EndpointResult> {
  await timedGet(server, path, true);
  const uncached: CallTiming[] = [];
  for (let i = 0; i < reps; i++) uncached.push(await timedGet(server, path, true));
  const cached: CallTiming[] = [];
  for (let i = 0; i < Math.max(reps, CACHED_CALLS); i++) cached.push(await timedGet(server, path, false));
  const wall = uncached.map((t) => t.wallMs);
  const ratios = uncached.filter((t) => t.dbMs > 0).map((t) => t.wallMs / t.dbMs);
  return {
    endpoint,
    filter,
    uncachedP50: round(p(wall, 0.5)),
    uncachedP95: round(p(wall, 0.95)),
    cachedP50: round(
      p(
        cached.map((t) => t.wallMs),
        0.5,
      ),
    ),
    cachedP95: round(
      p(
        cached.map((t) => t.wallMs),
        0.95,
      ),
    ),
    dbP50: round(
      p(
        uncached.map((t) => t.dbMs),
        0.5,
      ),
    ),
    apiOverDb: round(p(ratios, 0.5), 2),
    kb: round((uncached[0]?.bytes ?? 0) / 1024),
  };
}

export interface PageResult {
  page: string;
  requests: number;
  uncachedP50: number;
  uncachedP95: number;
  cachedP50: number;
}

/** All of a page's requests at once, as the browser sends them; the page is ready when the last answers. */
export async function timePage(
  server: BenchServer,
  page: string,
  paths: readonly string[],
  reps: number,
): Promise<PageResult> {
  const once = async (noCache: boolean) => {
    const start = performance.now();
    await Promise.all(paths.map((path) => timedGet(server, path, noCache)));
    return performance.now() - start;
  };
  await once(true);
  const uncached: number[] = [];
  for (let i = 0; i < reps; i++) uncached.push(await once(true));
  const cached: number[] = [];
  for (let i = 0; i < reps; i++) cached.push(await once(false));
  return {
    page,
    requests: paths.length,
    uncachedP50: round(p(uncached, 0.5)),
    uncachedP95: round(p(uncached, 0.95)),
    cachedP50: round(p(cached, 0.5)),
  };
}
