import type { ErrorRequestHandler } from 'express';
import type { Executor } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../services/audit/record-audit.ts';
import type { SessionUser } from '../services/auth/session-user.ts';

/** Answers `{error:{code,message}}`; logs the cause server-side; never sends SQL or a stack. */
export function errorMiddleware(
  log: (msg: string, err: unknown) => void,
  db?: Executor,
): ErrorRequestHandler {
  return async (err: unknown, req, res, _next) => {
    if (db && (err instanceof AppError ? err.status : httpStatusOf(err)) === 403)
      await recordAudit(
        db,
        { user: res.locals.user as SessionUser | undefined, ip: req.ip },
        'permission_denied',
        `${req.method} ${req.originalUrl.split('?')[0] ?? ''}`,
      ).catch((e: unknown) => log('audit write failed', e));
    if (err instanceof AppError) {
      if (err.status >= 500) log(`${err.code}: ${err.message}`, err.options.cause ?? err);
      const body = {
        code: err.code,
        message: err.message,
        ...(err.options.parameter ? { parameter: err.options.parameter } : {}),
      };
      res.status(err.status).json({ error: body });
      return;
    }
    const status = httpStatusOf(err);
    if (status && status < 500) {
      res.status(status).json({ error: clientError(status) });
      return;
    }
    log('unhandled error', err);
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
  };
}

// body-parser and friends throw errors carrying an HTTP status (too large, bad JSON).
function httpStatusOf(err: unknown): number | null {
  if (typeof err === 'object' && err !== null) {
    const s =
      (err as { status?: unknown; statusCode?: unknown }).status ??
      (err as { statusCode?: unknown }).statusCode;
    if (typeof s === 'number' && s >= 400 && s < 600) return s;
  }
  return null;
}

function clientError(status: number): { code: string; message: string } {
  if (status === 413) return { code: 'payload_too_large', message: 'The request body is too large.' };
  if (status === 400) return { code: 'bad_json', message: 'The request body is not valid JSON.' };
  if (status === 415) return { code: 'unsupported_media_type', message: 'Unsupported content type.' };
  return { code: 'bad_request', message: 'The request could not be processed.' };
}
