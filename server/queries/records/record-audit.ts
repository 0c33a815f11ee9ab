import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface RecordAuditRow {
  [k: string]: unknown;
  at: string;
  username: string | null;
  action: string;
  detail: string;
  reason: string | null;
}

/** Audit entries naming the record (read only: audit_log is written by audit-write.ts alone). */
export async function auditEntriesFor(db: Executor, id: number, limit = 200): Promise<RecordAuditRow[]> {
  return db.all<RecordAuditRow>(sql`select strftime(logged_at, '%Y-%m-%dT%H:%M:%SZ') as at, username, action,
      detail, reason
    from audit_log where list_contains(record_ids, ${id}::bigint)
    order by logged_at desc, id desc limit ${limit}`);
}
