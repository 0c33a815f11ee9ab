import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/database.ts';
import { freshRequested } from '../db/request-scope.ts';
import { LRUCache } from 'lru-cache';

/** Aggregate answers worth keeping: the same for everyone of a role and agency until the data change. */
const CACHED = [
  /^\/api\/(summary|timeseries|options|areas)$/,
  /^\/api\/hotspots(\/[a-z-]+)?$/,
  /^\/api\/(trends|board|repeats)\/[a-z-]+$/,
];

/**
 * Level 6 on a 300 kB hotspot grid took 12-15 ms of the uncached answer, level 1 about 2 ms for 15-20%
 * more bytes (80 kB instead of 67 kB): large answers take level 1, small ones keep 6.
 */
const LARGE_BODY = 64 * 1024;
const gzipLevel = (bytes: number) => (bytes >= LARGE_BODY ? 1 : 6);

/**
 * Below 1 kB a body goes plain, as the compression middleware sends every other route (its threshold):
 * gzip saves a few hundred bytes there, and decoding costs the client about 0.3 ms a call.
 */
const PLAIN_BELOW = 1024;

interface Entry {
  json: Buffer;
  /** null for a body sent plain. */
  gzip: Buffer | null;
  etag: string;
}

/**
 * A result cache in front of the aggregate routes, keyed by the user's role and agency, the path and
 * its sorted query, the day, and the database's change count (every committed transaction, and any
 * successful route other than GET, bumps it). Entries keep their gzip bytes, so a hit costs neither SQL nor JSON nor
 * compression. `Cache-Control: no-cache` from the client skips the lookup (the benchmark uses it).
 */
export class ResultCache {
  private readonly entries: LRUCache<string, Entry>;

  /** maxMb bounds the memory the entries take (both encodings counted). */
  constructor(
    private readonly db: Db,
    maxMb = 128,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxMb * 1024 * 1024,
      sizeCalculation: (e) => e.json.length + (e.gzip?.length ?? 0) + 64,
    });
  }

  /** Any successful change through the API: cached answers may no longer hold. */
  readonly invalidateOnChange: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      res.on('finish', () => {
        if (res.statusCode < 400) this.clear();
      });
    next();
  };

  clear(): void {
    this.db.markChanged();
    this.entries.clear();
  }

  /** Serves a hit, or records the answer the route gives. */
  readonly middleware: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || !CACHED.some((re) => re.test(req.path))) return next();
    // Aggregates carry no personal fields, so the browser may keep them and revalidate by ETag.
    res.setHeader('Cache-Control', 'private, no-cache');
    const key = this.keyOf(req, res);
    const hit = freshRequested() ? undefined : this.entries.get(key);
    if (hit) return send(req, res, hit);
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      const bytes = Buffer.from(JSON.stringify(body));
      const entry: Entry = {
        json: bytes,
        gzip: bytes.length < PLAIN_BELOW ? null : zlib.gzipSync(bytes, { level: gzipLevel(bytes.length) }),
        etag: `W/"${createHash('sha1').update(bytes).digest('base64url').slice(0, 27)}"`,
      };
      this.entries.set(key, entry);
      send(req, res, entry);
      return res;
    };
    next();
  };

  private keyOf(req: Request, res: Response): string {
    const user = res.locals.user as { role?: string; agencyCode?: string } | undefined;
    const query = Object.entries(req.query as Record<string, unknown>)
      .map(([k, v]) => [k, String(v)])
      .sort(([a], [b]) => (a as string).localeCompare(b as string));
    const day = new Date().toISOString().slice(0, 10);
    return JSON.stringify([this.db.changes, day, user?.role, user?.agencyCode, req.path, query]);
  }
}

function send(req: Request, res: Response, e: Entry): void {
  res.setHeader('ETag', e.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.type('json');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const gzip = e.gzip && req.acceptsEncodings('gzip') === 'gzip' ? e.gzip : null;
  const body = gzip ?? e.json;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
