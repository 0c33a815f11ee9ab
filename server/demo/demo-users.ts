import type { Role } from '../contract/auth.ts';
import type { AgencyKind } from '../contract/taxonomy.ts';
import { AGENCIES } from '../generate/world/agencies.ts';

/** FOR THE DEMO ONLY. Anyone who reads this README knows it; real deployments create their own users. */
export const DEMO_PASSWORD = 'demo-only-2026';

/** The generator's agencies, and the partnership itself for the admin and board users. */
export const DEMO_AGENCIES: readonly { code: string; name: string; kind: AgencyKind }[] = [
  ...AGENCIES.map(({ code, name, kind }) => ({ code, name, kind })),
  { code: 'csp', name: 'Community Safety Partnership', kind: 'other' },
];

export const DEMO_USERS: readonly { username: string; role: Role; agencyCode: string }[] = [
  { username: 'admin', role: 'admin', agencyCode: 'csp' },
  { username: 'analyst', role: 'analyst', agencyCode: 'police' },
  { username: 'tasking', role: 'tasking', agencyCode: 'city_council' },
  { username: 'board', role: 'board', agencyCode: 'csp' },
];
