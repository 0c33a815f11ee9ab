import type { RepeatKind } from '../contract/repeats.ts';
import { ident } from '../db/sql.ts';

const REF = { callers: 'caller_ref', locations: 'location_ref' } as const;
const OTHER = { callers: 'location_ref', locations: 'caller_ref' } as const;
const COLUMNS = ['caller_ref', 'location_ref'] as const;

/** The pseudonymous reference column of a kind, and the other one (places of a caller, callers of a place). */
export const refColumn = (kind: RepeatKind) => ident(REF[kind], COLUMNS);
export const otherColumn = (kind: RepeatKind) => ident(OTHER[kind], COLUMNS);
