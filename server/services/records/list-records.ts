import type { RecordPage } from '../../contract/records.ts';
import type { Db } from '../../db/database.ts';
import { forbidden } from '../../errors.ts';
import { writeAudit } from '../../queries/audit-write.ts';
import type { RecordSelection } from '../../queries/records/record-columns.ts';
import { recordCount, recordPage } from '../../queries/records/record-list.ts';
import { mayViewRecords } from './access-policy.ts';
import { auditUser, todayUtc, type Actor } from './record-actor.ts';
import { grantFor } from './reveal-scope.ts';
import { toRecordRow } from './record-row.ts';

/** One page of records (no personal field), each marked redacted or available; audited as a search. */
export async function listRecords(
  db: Db,
  actor: Actor,
  selection: RecordSelection,
  paging: { page: number; pageSize: number },
): Promise<RecordPage> {
  if (!mayViewRecords(actor.user.role)) throw forbidden();
  const offset = (paging.page - 1) * paging.pageSize;
  const [grant, rows, total] = await Promise.all([
    grantFor(db, actor.user, todayUtc()),
    recordPage(db, selection, { offset, limit: paging.pageSize }),
    recordCount(db, selection),
  ]);
  const f = selection.filters;
  await writeAudit(db, {
    action: 'record_search',
    user: auditUser(actor.user),
    ip: actor.ip,
    detail: `records ${f.from}..${f.to}${selection.q ? ` q=${selection.q}` : ''}${
      f.category.length ? ` category=${f.category.join(',')}` : ''
    }${f.agency.length ? ` agency=${f.agency.join(',')}` : ''}${
      f.area ? ` area=${f.area.layer}:${f.area.code}` : ''
    } page ${paging.page}: ${rows.length} of ${total}`,
    recordIds: rows.map((r) => r.id),
  });
  return {
    rows: rows.map((r) => toRecordRow(r, grant)),
    total,
    page: paging.page,
    pageSize: paging.pageSize,
    sort: selection.sort,
    dir: selection.dir,
  };
}
