import type { Executor } from '../../db/database.ts';
import type { RevealScope } from '../../queries/records/record-export.ts';
import { agreementsTo } from '../../queries/sharing/agreements.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { revealGrant, type RevealGrant } from './access-policy.ts';

/** The user's grant today, from the agreements naming their agency as recipient. */
export async function grantFor(db: Executor, user: SessionUser, today: string): Promise<RevealGrant> {
  const rows = await agreementsTo(db, user.agencyCode);
  const terms = rows.map((r) => ({
    fromAgency: r.from_agency,
    toAgency: r.to_agency,
    categories: r.categories,
    starts: r.starts,
    ends: r.ends,
  }));
  return revealGrant({ role: user.role, agency: user.agencyCode }, terms, today);
}

/** The same grant as the export query takes it. */
export const scopeOf = (grant: RevealGrant): RevealScope => ({
  ownAgency: grant.ownAgency,
  shared: [...grant.shared].map(([agency, categories]) => ({
    agency,
    categories: categories === null ? null : [...categories],
  })),
});
