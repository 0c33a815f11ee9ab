import type { AuditAction } from '../contract/audit.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { listValue } from '@duckdb/node-api';

export interface AuditEntry {
  action: AuditAction;
  user: { id: number; username: string; agency: string; role: string } | null;
  ip: string | null;
  detail: string;
  recordIds?: readonly number[];
  reason?: string | null;
}

// One line per value: a newline or other control character in a username, reason or detail would
// otherwise let a value pass itself off as another entry when the log is read or exported as text.
const oneLine = (s: string): string =>
  Array.from(s, (c) => {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
    return control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }).join('');

// DuckDB cannot type an empty bound list, so an empty one is a literal.
const recordList = (ids: readonly number[]) =>
  ids.length === 0 ? sql`[]::bigint[]` : sql`${listValue(ids.map((id) => BigInt(id)))}::bigint[]`;

/** Appends one audit row; the only statement that writes audit_log. */
export async function writeAudit(db: Executor, e: AuditEntry): Promise<void> {
  await db.run(sql`insert into audit_log (user_id, username, agency_code, role, action, ip, detail, record_ids, reason)
    values (${e.user?.id ?? null}, ${e.user ? oneLine(e.user.username) : null}, ${e.user?.agency ?? null},
      ${e.user?.role ?? null}, ${e.action}, ${e.ip === null ? null : oneLine(e.ip)}, ${oneLine(e.detail)},
      ${recordList(e.recordIds ?? [])}, ${e.reason == null ? null : oneLine(e.reason)})`);
}
