import type { PersonalFields, RevealRequest } from '../../contract/records.ts';
import type { Db } from '../../db/database.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { writeAudit } from '../../queries/audit-write.ts';
import { recordById } from '../../queries/records/record-detail.ts';
import { personalFieldsOf } from '../../queries/records/record-personal.ts';
import { mayViewRecords, personalState } from './access-policy.ts';
import { auditUser, todayUtc, type Actor } from './record-actor.ts';
import { grantFor } from './reveal-scope.ts';

/** The record's personal fields when the policy allows, with the reason audited; else a 403, audited too. */
export async function revealPersonal(
  db: Db,
  actor: Actor,
  id: number,
  request: { reason: RevealRequest['reason']; detail: string },
): Promise<PersonalFields> {
  if (!mayViewRecords(actor.user.role)) throw forbidden();
  const record = await recordById(db, id);
  if (!record) throw notFound(`Record ${id}`);
  const grant = await grantFor(db, actor.user, todayUtc());
  const reason = request.detail ? `${request.reason}: ${request.detail}` : request.reason;
  const who = { user: auditUser(actor.user), ip: actor.ip, recordIds: [id], reason };
  if (personalState(grant, { agency: record.agency, category: record.category }) !== 'available') {
    await writeAudit(db, {
      ...who,
      action: 'permission_denied',
      detail: `personal fields of record ${id} (${record.agency}, ${record.category}): no agreement in force`,
    });
    throw new AppError(
      'no_sharing_agreement',
      403,
      'No information sharing agreement in force lets your agency see these personal fields.',
    );
  }
  const p = await personalFieldsOf(db, id);
  await writeAudit(db, { ...who, action: 'personal_reveal', detail: `personal fields of record ${id}` });
  return { id, name: p.name, phone: p.phone, address: p.address, description: p.description };
}
