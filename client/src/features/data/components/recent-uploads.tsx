import type { UploadJob } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  jobs: readonly UploadJob[];
  shown: string | null;
  onShow: (id: string) => void;
}

function state(j: UploadJob): string {
  if (j.phase === 'failed') return 'failed on the server';
  if (j.phase === 'queued') return j.waiting > 0 ? `waiting (${j.waiting} ahead)` : 'waiting';
  if (j.phase !== 'done' || !j.report) return `loading: ${j.phase}`;
  const r = j.report;
  if (r.outcome === 'loaded') return `loaded as batch ${r.batchId ?? '?'} (${formatCount(r.counts.loaded)} contacts)`;
  return r.outcome === 'already_loaded' ? 'already loaded: nothing added' : 'rejected: nothing stored';
}

/** Uploads this server remembers, by any administrator, so a load can be followed from anywhere. */
export function RecentUploads({ jobs, shown, onShow }: Props) {
  return (
    <div className="table-scroll">
      <table className="table" data-testid="recent-uploads">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">By</th>
            <th scope="col">Sent (UTC)</th>
            <th scope="col">State</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id} aria-current={j.id === shown ? 'true' : undefined}>
              <td className="batch-table__file">{j.fileName}</td>
              <td>
                {j.format}
                {j.profile && <span className="muted"> · {j.profile}</span>}
              </td>
              <td>{j.loadedBy}</td>
              <td>{j.createdAt.slice(0, 19).replace('T', ' ')}</td>
              <td>{state(j)}</td>
              <td>
                <button type="button" className="button button--link" onClick={() => onShow(j.id)}>
                  {j.id === shown ? 'Shown above' : 'Show'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
