import type { RecordDetail } from '../../contract/records.ts';
import type { Db } from '../../db/database.ts';
import { forbidden, notFound } from '../../errors.ts';
import { writeAudit } from '../../queries/audit-write.ts';
import { auditEntriesFor } from '../../queries/records/record-audit.ts';
import { linkedRecords, recordAreas, recordById } from '../../queries/records/record-detail.ts';
import { mayViewRecords } from './access-policy.ts';
import { auditUser, todayUtc, type Actor } from './record-actor.ts';
import { recordHistory } from './record-history.ts';
import { toRecordRow } from './record-row.ts';
import { grantFor } from './reveal-scope.ts';

/** A record with its areas, the other reports of its incident and its history; audited as a view. */
export async function getRecord(db: Db, actor: Actor, id: number): Promise<RecordDetail> {
  if (!mayViewRecords(actor.user.role)) throw forbidden();
  const r = await recordById(db, id);
  if (!r) throw notFound(`Record ${id}`);
  const [grant, areas, linked, audit] = await Promise.all([
    grantFor(db, actor.user, todayUtc()),
    recordAreas(db, id),
    r.incident_id === null ? Promise.resolve([]) : linkedRecords(db, r.incident_id, id),
    // The audit entries before this view; only admins read the log.
    actor.user.role === 'admin' ? auditEntriesFor(db, id) : Promise.resolve([]),
  ]);
  await writeAudit(db, {
    action: 'record_view',
    user: auditUser(actor.user),
    ip: actor.ip,
    detail: `record ${id}`,
    recordIds: [id],
  });
  return {
    record: {
      ...toRecordRow(r, grant),
      channel: r.channel,
      asbType: r.asb_type,
      postcode: r.postcode,
      vulnerable: r.vulnerable,
      referralPartner: r.referral_partner,
      resolvedAt: r.resolved_at,
    },
    areas: areas.map((a) => ({ layer: a.layer, layerName: a.layer_name, code: a.code, name: a.name })),
    linked: linked.map((l) => toRecordRow(l, grant)),
    history: recordHistory(r, linked.length, audit),
  };
}
