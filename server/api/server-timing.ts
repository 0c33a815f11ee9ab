import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';
import { coveredMs, withRequestScope, type RequestScope } from '../db/request-scope.ts';

/**
 * Opens the request's scope: whether the client asked for a fresh answer (Cache-Control: no-cache),
 * and, with `timing`, a `Server-Timing: db;dur=…, app;dur=…` header giving the time DuckDB ran
 * statements for the request against the server's whole time, so the API's overhead is measured.
 */
export function requestScope(timing: boolean): RequestHandler {
  return (req, res, next) => {
    const scope: RequestScope = { spans: [], fresh: /no-cache/i.test(req.get('cache-control') ?? '') };
    if (timing) {
      const start = performance.now();
      onHeaders(res, () => {
        const db = coveredMs(scope.spans).toFixed(2);
        const app = (performance.now() - start).toFixed(2);
        res.setHeader('Server-Timing', `db;dur=${db}, app;dur=${app}`);
      });
    }
    withRequestScope(scope, () => next());
  };
}
