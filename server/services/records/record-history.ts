import type { RecordHistoryEntry } from '../../contract/records.ts';
import type { RecordAuditRow } from '../../queries/records/record-audit.ts';
import type { RecordDetailRow } from '../../queries/records/record-detail.ts';

/** Load, link and (for admins) audit entries, oldest first. */
export function recordHistory(
  r: RecordDetailRow,
  linkedCount: number,
  audit: readonly RecordAuditRow[],
): RecordHistoryEntry[] {
  const source = r.batch_file ?? r.batch_source ?? 'an unknown source';
  const history: RecordHistoryEntry[] = [
    {
      at: r.batch_loaded_at,
      kind: 'loaded',
      text: `Loaded in batch ${r.batch_id} from ${source}`,
      username: r.batch_loaded_by,
    },
  ];
  if (r.incident_id !== null) {
    history.push({
      at: null,
      kind: 'linked',
      text:
        linkedCount === 0
          ? `Incident ${r.incident_id}: no other report linked`
          : `Linked as incident ${r.incident_id} with ${linkedCount} other report${linkedCount === 1 ? '' : 's'}`,
      username: null,
    });
  }
  for (const a of [...audit].reverse()) {
    history.push({
      at: a.at,
      kind: 'audit',
      text: `${a.action.replaceAll('_', ' ')}: ${a.detail}${a.reason ? ` (${a.reason})` : ''}`,
      username: a.username,
    });
  }
  return history;
}
