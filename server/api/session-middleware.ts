import type { RequestHandler } from 'express';
import type { AppDeps } from './deps.ts';
import { resolveSession } from '../services/auth/sessions.ts';

export const SESSION_COOKIE = 'icsb_session';

export const sessionPolicy = (deps: AppDeps) => ({
  idleMinutes: deps.config.ICSB_SESSION_IDLE_MINUTES,
  maxHours: deps.config.ICSB_SESSION_MAX_HOURS,
});

/** Sets res.locals.user when the request carries a live session cookie; never rejects by itself. */
export function sessionMiddleware(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    const token = (req.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
    if (token && /^[A-Za-z0-9_-]{22}$/.test(token)) {
      const user = await resolveSession(deps.db, sessionPolicy(deps), token);
      if (user) res.locals.user = user;
    }
    next();
  };
}
