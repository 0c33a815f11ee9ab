import { Panel } from '../../components/panel.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useUploadJobs } from './api/upload-jobs.ts';
import { useUploadOptions } from './api/upload-options.ts';
import { RecentUploads } from './components/recent-uploads.tsx';
import { UploadForm } from './components/upload-form.tsx';
import { UploadProgress } from './components/upload-progress.tsx';
import { UploadReport } from './components/upload-report.tsx';
import { useUpload } from './use-upload.ts';

/** Load a file: the form, the bytes and phases while it loads, its report, and recent uploads. */
export function UploadSection() {
  const upload = useUpload();
  const options = useUploadOptions();
  const jobs = useUploadJobs();
  const agencies = useOptions().data?.agencies ?? [];
  const report = upload.job?.report;
  return (
    <Panel
      title="Load a file"
      className="data__upload"
      description="data.police.uk street CSVs, canonical contact CSVs, or agency exports with a mapping profile; plain or .csv.gz. Each file becomes one batch, all or nothing, and the same file is never loaded twice."
    >
      <UploadForm
        profiles={options.data?.profiles ?? []}
        maxBytes={options.data?.maxBytes ?? null}
        agencies={agencies}
        busy={upload.busy}
        onSubmit={upload.start}
        onCancel={upload.sending ? upload.cancel : undefined}
      />
      {upload.error && (
        <p className="form-error" role="alert" data-testid="upload-error">
          {upload.error}
        </p>
      )}
      {(upload.sent || upload.job) && !report && <UploadProgress sent={upload.sent} job={upload.job} />}
      {upload.job?.error && (
        <p className="form-error" role="alert">
          {upload.job.error}
        </p>
      )}
      {upload.pollError && <p className="form-error">{upload.pollError}</p>}
      {report && <UploadReport report={report} />}
      {(jobs.data?.jobs.length ?? 0) > 0 && (
        <details className="recent-uploads" open={jobs.data?.jobs.some((j) => j.phase !== 'done' && j.phase !== 'failed')}>
          <summary>Recent uploads on this server ({jobs.data?.jobs.length})</summary>
          <RecentUploads jobs={jobs.data?.jobs ?? []} shown={upload.jobId} onShow={upload.show} />
        </details>
      )}
    </Panel>
  );
}
