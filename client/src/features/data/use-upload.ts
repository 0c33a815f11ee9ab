import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { uploadFile, type SentBytes, type UploadChoice } from './api/upload-file.ts';
import { useUploadJob } from './api/upload-job.ts';

/** One upload at a time from this page: bytes sent, then the job's phases, then its report. */
export function useUpload() {
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<SentBytes | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const job = useUploadJob(jobId);
  const phase = job.data?.phase;
  const finished = phase === 'done' || phase === 'failed';

  useEffect(() => {
    // A load changes every count on every page.
    if (phase === 'done') void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'uploadJob' });
    else if (phase) void queryClient.invalidateQueries({ queryKey: ['uploadJobs'] });
  }, [phase, queryClient]);
  useEffect(() => () => abort.current?.abort(), []);

  const start = (choice: UploadChoice) => {
    abort.current = new AbortController();
    setError(null);
    setJobId(null);
    setSent({ loaded: 0, total: choice.file.size });
    setSending(true);
    uploadFile(choice, setSent, abort.current.signal)
      .then((queued) => setJobId(queued.id))
      .catch((e: unknown) => {
        setSent(null);
        if (e instanceof ApiError && e.code === 'aborted') return;
        setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => setSending(false));
  };

  const cancel = () => abort.current?.abort();
  /** Follows an upload sent earlier (or by another administrator). */
  const show = (id: string) => {
    setSent(null);
    setError(null);
    setJobId(id);
  };

  return {
    start,
    cancel,
    show,
    jobId,
    sending,
    sent,
    job: job.data,
    pollError: job.error?.message ?? null,
    error,
    busy: sending || (jobId !== null && !finished),
  };
}
