import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { AppError, forbidden, unauthenticated } from '../errors.ts';
import type { AppDeps } from './deps.ts';
import { errorMiddleware } from './error-middleware.ts';
import { ResultCache } from './result-cache.ts';
import { requestScope } from './server-timing.ts';
import type { RouteDef } from './route.ts';
import { allRoutes } from './routes.ts';
import { sessionMiddleware } from './session-middleware.ts';

export interface AppOptions {
  /** Folder of the built client; omitted in API-only tests. */
  clientDir?: string;
}

/** Builds the Express app without listening: middleware, routes with role checks, 404, errors. */
export function createApp(deps: AppDeps, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: cspDirectives(deps.config.ICSB_TILE_URL, deps.config.ICSB_SECURE_COOKIES),
      },
    }),
  );
  // Hotspot grids and boundaries run to hundreds of kB of JSON; gzip shrinks them 5 to 8 times.
  app.use(compression());
  // Express's weak ETag (its default, stated here) lets an unchanged answer come back 304 with no body.
  app.set('etag', 'weak');
  app.use(express.json({ limit: '100kb' }));
  app.use(cookieParser());
  app.use('/api', requestScope(deps.config.ICSB_SERVER_TIMING));
  app.use('/api', sessionMiddleware(deps));
  const cache = new ResultCache(deps.db);
  for (const route of allRoutes(deps)) mount(app, route, cache);
  app.use('/api', (req, _res, next) =>
    next(new AppError('not_found', 404, `No API route ${req.method} ${req.originalUrl.split('?')[0]}`)),
  );
  if (options.clientDir) serveClient(app, options.clientDir);
  app.use(errorMiddleware(deps.log, deps.db));
  return app;
}

function mount(app: Express, route: RouteDef, cache: ResultCache): void {
  const guard: RequestHandler = (_req, res, next) => {
    if (route.roles === 'public') return next();
    const user = res.locals.user as { role: string } | undefined;
    if (!user) return next(unauthenticated());
    if (!(route.roles as readonly string[]).includes(user.role)) return next(forbidden());
    next();
  };
  const noStore: RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'private, no-store');
    next();
  };
  const caching: RequestHandler =
    route.method === 'get'
      ? cache.middleware
      : route.readOnly
        ? (_req, _res, next) => next()
        : cache.invalidateOnChange;
  app[route.method](route.path, noStore, guard, caching, ...(route.before ?? []), async (req, res) => {
    await route.handler(req, res);
  });
}

function serveClient(app: Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  // Client-side routes (/map, /login...) all load the single page.
  app.get(/^(?!\/api\/).*/, (_req, res, next) => {
    if (!fs.existsSync(index))
      return next(new AppError('no_client', 500, 'The client has not been built (run npm run build).'));
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.resolve(index));
  });
}

// upgrade-insecure-requests only where the product is served over HTTPS; on plain-HTTP hosts it breaks loads.
function cspDirectives(tileUrl: string | undefined, https: boolean): Record<string, string[] | null> {
  const img = ["'self'", 'data:', 'blob:'];
  if (tileUrl) {
    try {
      img.push(new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin);
    } catch {
      // An unparsable tile URL is reported by config validation; CSP stays strict.
    }
  }
  return {
    'img-src': img,
    'style-src': ["'self'", "'unsafe-inline'"],
    'upgrade-insecure-requests': https ? [] : null,
  };
}
