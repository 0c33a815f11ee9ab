import { authRoutes } from './auth-routes.ts';
import type { AppDeps } from './deps.ts';
import { healthRoutes } from './health-routes.ts';
import type { RouteDef } from './route.ts';

/** Every API route of the product; app.ts mounts these and the route test enumerates them. */
export function allRoutes(deps: AppDeps): RouteDef[] {
  return [...healthRoutes(deps), ...authRoutes(deps)];
}
