import type { UploadJob } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';
import type { SentBytes } from '../api/upload-file.ts';

interface Props {
  sent: SentBytes | null;
  job: UploadJob | undefined;
}

const STEPS = [
  ['loading', 'Reading and checking the rows'],
  ['areas', 'Placing contacts in areas'],
  ['linking', 'Linking reports of one incident'],
  ['committing', 'Saving'],
] as const;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percent = (f: number) => `${Math.round(f * 100)}%`;

/** Bytes sent, then the server's load phases, until the report arrives. */
export function UploadProgress({ sent, job }: Props) {
  // A job followed from the recent list was sent earlier: its bytes are all there.
  const total = sent?.total ?? job?.bytes ?? 0;
  const loaded = job ? total : (sent?.loaded ?? 0);
  const share = loaded / Math.max(1, total);
  const stepAt = job ? STEPS.findIndex(([phase]) => phase === job.phase) : -1;
  return (
    <div className="upload-progress" data-testid="upload-progress" aria-live="polite">
      <div className="upload-progress__row">
        <span>{share >= 1 ? 'Uploaded' : 'Uploading'}</span>
        <progress max={1} value={share} />
        <span className="muted">
          {mb(loaded)} of {mb(total)}
          {share < 1 ? ` (${percent(share)})` : ''}
        </span>
      </div>
      {job?.phase === 'queued' && (
        <p className="upload-progress__row" data-testid="upload-phase">
          Waiting for {job.waiting === 0 ? 'the load in progress' : `${job.waiting} earlier upload(s)`} to
          finish: the database loads one file at a time.
        </p>
      )}
      {stepAt >= 0 && (
        <ol className="upload-steps" data-testid="upload-phase">
          {STEPS.map(([phase, label], i) => (
            <li key={phase} className={i < stepAt ? 'is-done' : i === stepAt ? 'is-current' : ''}>
              {label}
              {i === stepAt && job?.fraction != null && ` (${percent(job.fraction)})`}
              {i === stepAt && job?.rows != null && phase === 'loading' && ` · ${formatCount(job.rows)} rows`}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
