import type { UploadReport as Report } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';
import { CountList } from './count-list.tsx';

const HEADLINE: Record<Report['outcome'], string> = {
  loaded: 'Loaded',
  rejected: 'Rejected: nothing was stored',
  already_loaded: 'Already loaded: nothing was added',
};

/** What the load did: outcome, counts, each problem with line and column, unmapped values. */
export function UploadReport({ report }: { report: Report }) {
  const r = report;
  const title =
    r.outcome === 'loaded' ? `${HEADLINE.loaded} as batch ${r.batchId ?? '?'}` : HEADLINE[r.outcome];
  return (
    <div className={`upload-report upload-report--${r.outcome}`} data-testid="upload-report">
      <p className="upload-report__title" role="status">
        {r.fileName}: {title} <span className="muted">({(r.ms / 1000).toFixed(1)} s)</span>
      </p>
      {r.message && <p className="upload-report__message">{r.message}</p>}
      <CountList counts={r.counts} />
      {r.problemCount > 0 && (
        <>
          <h3 className="upload-report__heading">
            Problems ({formatCount(r.problems.length)} of {formatCount(r.problemCount)} shown)
            {r.rejectsUrl && (
              <a className="button button--link" href={r.rejectsUrl} download>
                Download every problem (CSV)
              </a>
            )}
          </h3>
          <ul className="upload-report__summary">
            {r.problemSummary.map((s) => (
              <li key={`${s.column ?? ''}|${s.reason}`}>
                {formatCount(s.rows)} × {s.column ? <code>{s.column}</code> : 'line'}: {s.reason}
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="table" data-testid="upload-problems">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Value</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {r.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{r.fileName}</td>
                    <td className="num">{p.line ?? '–'}</td>
                    <td>{p.column ?? '–'}</td>
                    <td>
                      <code>{p.value ?? ''}</code>
                    </td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {r.unmapped.length > 0 && (
        <>
          <h3 className="upload-report__heading">Values the profile does not map (never guessed)</h3>
          <ul className="upload-report__summary">
            {r.unmapped.map((u) => (
              <li key={`${u.column}|${u.value}`}>
                <code>{u.column}</code> “{u.value}”: {formatCount(u.rows)} rows
              </li>
            ))}
          </ul>
        </>
      )}
      {r.duplicatesOf.length > 0 && (
        <p className="muted">
          Duplicates already stored:{' '}
          {r.duplicatesOf
            .map((d) => `${formatCount(d.rows)} ${d.batchId === null ? 'repeated in this file' : `in batch ${d.batchId}`}`)
            .join('; ')}
          .
        </p>
      )}
    </div>
  );
}
