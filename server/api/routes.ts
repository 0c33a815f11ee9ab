import { adminUserRoutes } from './admin-user-routes.ts';
import { agencyRoutes } from './agency-routes.ts';
import { areaRoutes } from './area-routes.ts';
import { auditRoutes } from './audit-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { boardRoutes } from './board-routes.ts';
import { boundaryRoutes } from './boundary-routes.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { dataQualityRoutes } from './data-quality-routes.ts';
import type { AppDeps } from './deps.ts';
import { drawnAreaRoutes } from './drawn-area-routes.ts';
import { evaluationRoutes } from './evaluation-routes.ts';
import { healthRoutes } from './health-routes.ts';
import { hotspotRoutes } from './hotspot-routes.ts';
import { optionsRoutes } from './options-routes.ts';
import { repeatRoutes } from './repeat-routes.ts';
import { recordRoutes } from './record-routes.ts';
import type { RouteDef } from './route.ts';
import { sharingRoutes } from './sharing-routes.ts';
import { taskingRoutes } from './tasking-routes.ts';
import { trendRoutes } from './trend-routes.ts';
import { uploadRoutes } from './upload-routes.ts';

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
    ...boardRoutes(deps),
    ...drawnAreaRoutes(deps),
    ...uploadRoutes(deps),
    ...dataQualityRoutes(deps),
    ...agencyRoutes(deps),
    ...repeatRoutes(deps),
    ...taskingRoutes(deps),
    ...evaluationRoutes(deps),
    ...auditRoutes(deps),
    ...recordRoutes(deps),
    ...sharingRoutes(deps),
  ];
}
