import type { CookieOptions, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { LoginRequest, type Me } from '../contract/auth.ts';
import { recordAudit } from '../services/audit/record-audit.ts';
import { signIn, signOut } from '../services/auth/sessions.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from './deps.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';
import { SESSION_COOKIE, sessionPolicy } from './session-middleware.ts';
import { parseInput } from './validate.ts';

const cookieOptions = (deps: AppDeps): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  secure: deps.config.ICSB_SECURE_COOKIES,
  path: '/',
});

/** Counts every sign-in attempt per client address over 15 minutes. */
export const loginRateLimit = (deps: AppDeps) =>
  rateLimit({
    windowMs: 15 * 60_000,
    limit: deps.config.ICSB_LOGIN_RATE_LIMIT,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new AppError('rate_limited', 429, 'Too many sign-in attempts. Wait 15 minutes and try again.')),
  });

export function authRoutes(deps: AppDeps): RouteDef[] {
  const limiter = loginRateLimit(deps);
  return [
    {
      method: 'post',
      path: '/api/auth/login',
      roles: 'public',
      before: [limiter],
      handler: async (req, res) => {
        const { username, password } = parseInput(LoginRequest, req.body, 'field');
        const result = await signIn(deps.db, sessionPolicy(deps), username, password);
        if (!result)
          await recordAudit(deps.db, { ip: req.ip }, 'sign_in_failed', `username tried: ${username}`);
        if (!result) throw new AppError('bad_credentials', 401, 'Unknown username or wrong password.');
        res.cookie(SESSION_COOKIE, result.token, {
          ...cookieOptions(deps),
          maxAge: deps.config.ICSB_SESSION_MAX_HOURS * 3_600_000,
        });
        await recordAudit(deps.db, { user: result.user, ip: req.ip }, 'sign_in', 'signed in');
        res.json(toMe(result.user));
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const token = (req.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
        await recordAudit(deps.db, { user: userOf(res), ip: req.ip }, 'sign_out', 'signed out');
        if (token) await signOut(deps.db, token);
        res.clearCookie(SESSION_COOKIE, cookieOptions(deps));
        res.status(204).end();
      },
    },
    {
      method: 'get',
      path: '/api/auth/me',
      roles: ANY_ROLE,
      handler: (_req, res: Response) => {
        res.json(toMe(userOf(res)));
      },
    },
  ];
}

const toMe = (u: { username: string; role: Me['role']; agencyCode: string; agencyName: string }): Me => ({
  username: u.username,
  role: u.role,
  agency: { code: u.agencyCode, name: u.agencyName },
});
