import type { UploadJob } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';
import type { SentBytes } from '../api/upload-file.ts';

interface Props {
  sent: SentBytes | null;
  job: UploadJob | undefined;
}

const READING = ['loading', 'Reading and checking the rows'] as const;
const PLACING = ['areas', 'Placing contacts in areas'] as const;
const LINKING = ['linking', 'Linking reports of one incident'] as const;
const SAVING = ['committing', 'Saving'] as const;

// The server's order: a police.uk file's contacts are stored, then placed and linked; any other format's
// are linked from their checked rows before they are stored, then placed (docs/ingest.md).
const stepsOf = (format: UploadJob['format'] | undefined) =>
  format === 'police-uk' ? [READING, PLACING, LINKING, SAVING] : [READING, LINKING, PLACING, SAVING];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percent = (f: number) => `${Math.round(f * 100)}%`;

/** Bytes sent, then the server's load phases, until the report arrives. */
export function UploadProgress({ sent, job }: Props) {
  // A job followed from the recent list was sent earlier: its bytes are all there.
  const total = sent?.total ?? job?.bytes ?? 0;
  const loaded = job ? total : (sent?.loaded ?? 0);
  const share = loaded / Math.max(1, total);
  const steps = stepsOf(job?.format);
  const stepAt = job ? steps.findIndex(([phase]) => phase === job.phase) : -1;
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
          {steps.map(([phase, label], i) => (
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
