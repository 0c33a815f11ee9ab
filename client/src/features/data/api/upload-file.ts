import { UploadJob } from '../../../../../server/contract/data.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { apiErrorOf } from './api-error-of.ts';

export interface UploadChoice {
  file: File;
  format: string;
  onError: string;
  /** mapped only: a shipped profile's name, or a profile file, and an agency override. */
  profile?: string;
  profileFile?: File;
  agency?: string;
}

export interface SentBytes {
  loaded: number;
  total: number;
}

/**
 * POSTs the file as multipart (fields first, as the server reads them) with XMLHttpRequest, because
 * fetch reports no upload progress. Resolves with the queued upload job.
 */
export function uploadFile(
  choice: UploadChoice,
  onBytes: (sent: SentBytes) => void,
  signal?: AbortSignal,
): Promise<UploadJob> {
  const form = new FormData();
  form.append('format', choice.format);
  form.append('onError', choice.onError);
  if (choice.agency) form.append('agency', choice.agency);
  if (choice.profile) form.append('profile', choice.profile);
  if (choice.profileFile) form.append('profileFile', choice.profileFile, choice.profileFile.name);
  form.append('file', choice.file, choice.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/data/uploads');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onBytes({ loaded: e.loaded, total: e.lengthComputable ? e.total : choice.file.size });
    xhr.onload = () => {
      if (xhr.status !== 202) return reject(apiErrorOf(xhr.status, xhr.responseText));
      const job = UploadJob.safeParse(JSON.parse(xhr.responseText));
      if (job.success) resolve(job.data);
      else reject(new ApiError(xhr.status, 'bad_response', 'The server answered the upload in an unexpected form.'));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', 'The upload was cut off: check your connection and try again.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
