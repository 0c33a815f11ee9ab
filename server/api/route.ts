import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '../contract/auth.ts';
import type { SessionUser } from '../services/auth/session-user.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every API route declares who may call it; app.ts enforces it and the route test enumerates it. */
export interface RouteDef {
  method: Method;
  path: string;
  /** 'public' only for health and login; every other route names its roles. */
  roles: readonly Role[] | 'public';
  /** Middleware that runs after the role check and before the handler (rate limits, uploads). */
  before?: RequestHandler[];
  /** A POST that changes no data (a reveal, an export): cached aggregates stay valid. */
  readOnly?: boolean;
  handler: (req: Request, res: Response) => unknown;
}

export const ANY_ROLE: readonly Role[] = ['admin', 'analyst', 'tasking', 'board'];

/** The signed-in user on a route that is not public (set by the session middleware). */
export function userOf(res: Response): SessionUser {
  const user = res.locals.user as SessionUser | undefined;
  if (!user) throw new Error('userOf called on a route without a session');
  return user;
}
