import autocannon from 'autocannon';
import type { BenchServer } from './bench-server.ts';
import { p, round } from './http-timing.ts';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerS: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
}

/** N connections cycling through a mix of endpoints and filters for a while, as many users at once. */
export async function loadTest(
  server: BenchServer,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections,
        duration: seconds,
        timeout: 10,
        headers: { cookie: server.cookie, 'accept-encoding': 'gzip' },
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (err, r) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerS: round(result.requests.total / seconds),
    p50: round(p(times, 0.5)),
    p95: round(p(times, 0.95)),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
