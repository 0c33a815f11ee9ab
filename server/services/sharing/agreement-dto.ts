import type { Agreement } from '../../contract/sharing.ts';
import type { AgreementRow } from '../../queries/sharing/agreements.ts';
import { inForce } from '../records/access-policy.ts';

export const toAgreement = (r: AgreementRow, today: string): Agreement => ({
  id: r.id,
  fromAgency: r.from_agency,
  toAgency: r.to_agency,
  categories: r.categories as Agreement['categories'],
  purpose: r.purpose,
  starts: r.starts,
  ends: r.ends,
  inForce: inForce(r, today),
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** One line for the audit log: who shares what with whom, and when. */
export const describeAgreement = (a: Agreement): string =>
  `agreement ${a.id}: ${a.fromAgency} -> ${a.toAgency}, ${
    a.categories.length ? a.categories.join('+') : 'all categories'
  }, ${a.starts}..${a.ends ?? 'open'}, purpose ${a.purpose}`;
