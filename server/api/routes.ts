import { adminUserRoutes } from './admin-user-routes.ts';
import { areaRoutes } from './area-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { boundaryRoutes } from './boundary-routes.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import type { AppDeps } from './deps.ts';
import { healthRoutes } from './health-routes.ts';
import { hotspotRoutes } from './hotspot-routes.ts';
import { optionsRoutes } from './options-routes.ts';
import type { RouteDef } from './route.ts';
import { trendRoutes } from './trend-routes.ts';

/** Every API route of the product; app.ts mounts these and the route test enumerates them. */
export function allRoutes(deps: AppDeps): RouteDef[] {
  return [
    ...healthRoutes(deps),
    ...authRoutes(deps),
    ...adminUserRoutes(deps),
    ...dashboardRoutes(deps),
    ...optionsRoutes(deps),
    ...boundaryRoutes(deps),
    ...areaRoutes(deps),
    ...trendRoutes(deps),
    ...hotspotRoutes(deps),
  ];
}
