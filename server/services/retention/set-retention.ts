import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { setRetention } from '../../queries/retention.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Sets how many months an agency's contacts are kept (null: kept for good), recorded in the audit log. */
export async function setAgencyRetention(db: Db, code: string, months: number | null): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await setRetention(tx, code, months))) throw notFound(`Agency ${code}`);
    const what = months === null ? 'kept with no retention period' : `kept ${months} months`;
    await recordAudit(tx, {}, 'retention_change', `command line: contacts of ${code} ${what}`);
  });
}
