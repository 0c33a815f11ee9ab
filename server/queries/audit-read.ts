import type { AuditQuery } from '../contract/audit.ts';
import type { Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';

export type AuditFilter = Pick<AuditQuery, 'from' | 'to' | 'action' | 'user' | 'record'>;

export interface AuditDbRow extends Record<string, unknown> {
  id: number;
  at: string;
  username: string | null;
  agency: string | null;
  role: string | null;
  action: string;
  ip: string | null;
  detail: string;
  record_ids: number[];
  reason: string | null;
}

function whereOf(f: AuditFilter): Sql {
  const parts: Sql[] = [sql`true`];
  // Days are UTC days, as logged_at is stored in UTC.
  if (f.from) parts.push(sql`logged_at >= ${f.from}::date`);
  if (f.to) parts.push(sql`logged_at < ${f.to}::date + interval 1 day`);
  if (f.action) parts.push(sql`action = ${f.action}`);
  if (f.user) parts.push(sql`username = ${f.user}`);
  if (f.record !== undefined) parts.push(sql`list_contains(record_ids, ${f.record}::bigint)`);
  return join(parts, ' and ');
}

/** How many audit rows the filters match. */
export async function countAudit(db: Executor, f: AuditFilter): Promise<number> {
  const [r] = await db.all<{ n: number }>(
    sql`select count(*)::double as n from audit_log where ${whereOf(f)}`,
  );
  return r?.n ?? 0;
}

/** Audit rows the filters match, newest first, limit/offset in DuckDB. */
export function listAudit(
  db: Executor,
  f: AuditFilter,
  limit: number,
  offset: number,
): Promise<AuditDbRow[]> {
  return db.all<AuditDbRow>(sql`select id::double as id,
      strftime(logged_at, '%Y-%m-%dT%H:%M:%SZ') as at, username, agency_code as agency, role, action, ip,
      detail, list_transform(record_ids, x -> x::double) as record_ids, reason
    from audit_log where ${whereOf(f)}
    order by logged_at desc, id desc limit ${limit} offset ${offset}`);
}
