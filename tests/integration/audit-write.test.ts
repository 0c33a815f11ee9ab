import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { writeAudit } from '../../server/queries/audit-write.ts';
import { sql } from '../../server/db/sql.ts';
import { testDb } from '../helpers/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe('the audit writer', () => {
  it('stores each value in its column, control characters escaped so none can start a forged line', async () => {
    await writeAudit(db, {
      action: 'sign_in_failed',
      user: null,
      ip: '10.0.0.1',
      detail: 'username "eve\n2026-01-01 admin sign_in" tried',
      reason: 'a\r\nb\u2028c',
    });
    await writeAudit(db, {
      action: 'record_view',
      user: { id: 3, username: 'ana', agency: 'police', role: 'analyst' },
      ip: null,
      detail: 'viewed 2 records',
      recordIds: [5, 9],
    });
    const rows = await db.all<Record<string, unknown>>(
      sql`select action, username, detail, reason, record_ids::varchar as ids, logged_at from audit_log order by id`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]?.detail).toBe('username "eve\\u000a2026-01-01 admin sign_in" tried');
    expect(rows[0]?.reason).toBe('a\\u000d\\u000ab\\u2028c');
    expect(rows[0]?.username).toBeNull();
    expect(rows[1]?.ids).toBe('[5, 9]');
    expect(rows[1]?.username).toBe('ana');
  });
});
