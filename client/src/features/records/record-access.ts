import type { Role } from '../../../../server/contract/auth.ts';

/** Mirrors the server's policy: the board sees aggregates only, never record-level data. */
export const RECORD_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

export const NO_RECORD_ACCESS =
  'Your role sees aggregates only: record-level data is for analysts, tasking officers and administrators. The Overview, Map and Board pages show the figures.';
