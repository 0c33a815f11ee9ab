import type { Role } from '../../contract/auth.ts';
import type { PersonalState } from '../../contract/records.ts';

/** Who asks: their role and their one agency. */
export interface Viewer {
  role: Role;
  agency: string;
}

/** An agreement as the policy needs it: dates as ISO days, categories empty = all. */
export interface AgreementTerms {
  fromAgency: string;
  toAgency: string;
  categories: readonly string[];
  starts: string;
  ends: string | null;
}

/** What one viewer may reveal: their own agency's records, and per sharing agency the categories (null = all). */
export interface RevealGrant {
  ownAgency: string;
  shared: ReadonlyMap<string, ReadonlySet<string> | null>;
}

// The board works from aggregates only; everyone else may list and view records (personal fields apart).
const RECORD_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

export const mayViewRecords = (role: Role): boolean => RECORD_ROLES.includes(role);

/** In force on `today` (an ISO day): started, and not yet ended (the end day still counts). */
export const inForce = (a: Pick<AgreementTerms, 'starts' | 'ends'>, today: string): boolean =>
  a.starts <= today && (a.ends === null || today <= a.ends);

/**
 * Deny by default: a viewer with record access may reveal the records of their own agency, and of an
 * agency that shares the record's category with theirs under an agreement in force today. Admins are
 * not exempt; the board gets nothing.
 */
export function revealGrant(
  viewer: Viewer,
  agreements: readonly AgreementTerms[],
  today: string,
): RevealGrant {
  const shared = new Map<string, Set<string> | null>();
  if (!mayViewRecords(viewer.role)) return { ownAgency: '', shared };
  for (const a of agreements) {
    if (a.toAgency !== viewer.agency || a.fromAgency === viewer.agency || !inForce(a, today)) continue;
    const before = shared.get(a.fromAgency);
    if (before === null) continue;
    if (a.categories.length === 0) shared.set(a.fromAgency, null);
    else shared.set(a.fromAgency, new Set([...(before ?? []), ...a.categories]));
  }
  return { ownAgency: viewer.agency, shared };
}

/** 'available' when the grant covers the record's agency and category. */
export function personalState(
  grant: RevealGrant,
  record: { agency: string; category: string },
): PersonalState {
  if (grant.ownAgency !== '' && record.agency === grant.ownAgency) return 'available';
  if (!grant.shared.has(record.agency)) return 'redacted';
  const categories = grant.shared.get(record.agency);
  return categories === null || categories?.has(record.category) ? 'available' : 'redacted';
}
