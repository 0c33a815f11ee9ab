import type { Role } from '../contract/auth.ts';
import type { AgencyKind } from '../contract/taxonomy.ts';

/** FOR THE DEMO ONLY. Anyone who reads this README knows it; real deployments create their own users. */
export const DEMO_PASSWORD = 'demo-only-2026';

export const DEMO_AGENCIES: readonly { code: string; name: string; kind: AgencyKind }[] = [
  { code: 'police', name: 'Demo Constabulary', kind: 'police' },
  { code: 'city_council', name: 'Demo City Council', kind: 'unitary_council' },
  { code: 'district_council', name: 'Demo District Council', kind: 'district_council' },
  { code: 'housing', name: 'Demo Homes (housing provider)', kind: 'housing' },
  { code: 'fire', name: 'Demo Fire and Rescue', kind: 'fire' },
  { code: 'csp', name: 'Community Safety Partnership', kind: 'other' },
];

export const DEMO_USERS: readonly { username: string; role: Role; agencyCode: string }[] = [
  { username: 'admin', role: 'admin', agencyCode: 'csp' },
  { username: 'analyst', role: 'analyst', agencyCode: 'police' },
  { username: 'tasking', role: 'tasking', agencyCode: 'city_council' },
  { username: 'board', role: 'board', agencyCode: 'csp' },
];
