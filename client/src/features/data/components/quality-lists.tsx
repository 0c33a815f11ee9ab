import type { DataQuality } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';
import { EmptyState } from '../../../components/states.tsx';

/** Source values that no mapping profile maps, per batch: add them to the profile and load again. */
export function UnmappedList({ rows }: { rows: DataQuality['unmapped'] }) {
  if (rows.length === 0) return <EmptyState>Every source value of every mapped export was mapped.</EmptyState>;
  return (
    <ul className="quality-list" data-testid="unmapped">
      {rows.map((u) => (
        <li key={`${u.batchId}|${u.column}|${u.value}`}>
          Batch {u.batchId} ({u.fileName ?? '–'}): <code>{u.column}</code> “{u.value}”, {formatCount(u.rows)} rows
        </li>
      ))}
    </ul>
  );
}

/** Batches that refused rows, and how many problems a set-aside load kept. */
export function RejectsList({ rows, canDownload }: { rows: DataQuality['rejects']; canDownload: boolean }) {
  const refused = rows.filter((r) => r.rejected > 0 || r.setAside > 0);
  if (refused.length === 0) return <EmptyState>No batch refused any row.</EmptyState>;
  return (
    <ul className="quality-list" data-testid="rejects">
      {refused.map((r) => (
        <li key={r.batchId}>
          Batch {r.batchId} ({r.fileName ?? '–'}): {formatCount(r.rejected)} of {formatCount(r.read)} rows rejected
          {r.setAside > 0 && `, ${formatCount(r.setAside)} problems kept with the batch`}
          {r.setAside > 0 && canDownload && (
            <a className="button button--link" href={`/api/data/batches/${r.batchId}/rejects`} download>
              Download (CSV)
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Reports of one incident made to several agencies, linked so incidents count once. */
export function LinksSummary({ links }: { links: DataQuality['links'] }) {
  if (links.linkedReports === 0)
    return <EmptyState>No reports are linked across agencies: every report counts as its own incident.</EmptyState>;
  return (
    <div data-testid="links">
      <p>
        {formatCount(links.linkedReports)} reports are linked into {formatCount(links.incidents)} incidents
        reported to more than one agency.
      </p>
      <ul className="quality-list">
        {links.pairs.map((p) => (
          <li key={`${p.a}|${p.b}`}>
            {p.a} and {p.b}: {formatCount(p.incidents)} incidents
          </li>
        ))}
      </ul>
    </div>
  );
}
