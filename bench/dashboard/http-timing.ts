import { quantileType7 } from '../../server/analytics/board/quantile.ts';
import type { BenchServer } from './bench-server.ts';

export interface CallTiming {
  /** Round trip as the client sees it, body read and parsed. */
  wallMs: number;
  /** From Server-Timing: time DuckDB ran statements for the request, and the server's whole time. */
  dbMs: number;
  appMs: number;
  bytes: number;
}

/** One GET as the browser makes it (gzip accepted); no-cache asks the server to bypass its result cache. */
export async function timedGet(server: BenchServer, path: string, noCache: boolean): Promise<CallTiming> {
  const start = performance.now();
  const res = await fetch(`${server.url}${path}`, {
    headers: {
      cookie: server.cookie,
      'accept-encoding': 'gzip',
      ...(noCache ? { 'cache-control': 'no-cache' } : {}),
    },
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
  JSON.parse(body);
  const wallMs = performance.now() - start;
  const timing = res.headers.get('server-timing') ?? '';
  const dur = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1] ?? Number.NaN);
  return { wallMs, dbMs: dur('db'), appMs: dur('app'), bytes: body.length };
}

export const p = (values: readonly number[], q: number): number => quantileType7(values, q) ?? Number.NaN;

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
