import type { Agreement, AgreementCreate, AgreementPatch } from '../../contract/sharing.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { writeAudit } from '../../queries/audit-write.ts';
import { findAgreement, insertAgreement, updateAgreement } from '../../queries/sharing/agreements.ts';
import { auditUser, todayUtc, type Actor } from '../records/record-actor.ts';
import { describeAgreement, toAgreement } from './agreement-dto.ts';

type Create = Required<AgreementCreate>;
type Patch = AgreementPatch;

async function reload(db: Db, id: number): Promise<Agreement> {
  const row = await findAgreement(db, id);
  if (!row) throw notFound(`Agreement ${id}`);
  return toAgreement(row, todayUtc());
}

async function audited(db: Db, actor: Actor, what: string, a: Agreement): Promise<Agreement> {
  await writeAudit(db, {
    action: 'agreement_change',
    user: auditUser(actor.user),
    ip: actor.ip,
    detail: `${what} ${describeAgreement(a)}`,
  });
  return a;
}

/** Records a new agreement (admin); both agencies must exist. */
export async function createAgreement(db: Db, actor: Actor, a: Create): Promise<Agreement> {
  const codes = new Set((await listAgencies(db)).map((x) => x.code));
  if (!codes.has(a.fromAgency)) throw invalidInput('fromAgency', `Unknown agency '${a.fromAgency}'.`);
  if (!codes.has(a.toAgency)) throw invalidInput('toAgency', `Unknown agency '${a.toAgency}'.`);
  const id = await insertAgreement(db, { ...a, createdBy: actor.user.username });
  return audited(db, actor, 'created', await reload(db, id));
}

/** Changes an agreement's terms (admin); ending one is setting `ends`. */
export async function patchAgreement(db: Db, actor: Actor, id: number, p: Patch): Promise<Agreement> {
  const before = await reload(db, id);
  const next = {
    categories: p.categories ?? before.categories,
    purpose: p.purpose ?? before.purpose,
    starts: p.starts ?? before.starts,
    ends: p.ends === undefined ? before.ends : p.ends,
  };
  if (next.ends !== null && next.ends < next.starts)
    throw invalidInput('ends', "Invalid field 'ends': must not be before starts");
  await updateAgreement(db, id, { ...next, updatedBy: actor.user.username });
  return audited(db, actor, `changed (was ${before.starts}..${before.ends ?? 'open'})`, await reload(db, id));
}
