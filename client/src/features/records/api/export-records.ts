import { useMutation } from '@tanstack/react-query';
import { ErrorBody } from '../../../../../server/contract/errors.ts';
import type { ExportRequest } from '../../../../../server/contract/records.ts';
import { ApiError } from '../../../lib/api-client.ts';

export interface RecordExport {
  csv: Blob;
  /** The server stopped at its row limit. */
  truncated: boolean;
}

/** POST /api/records/export answers CSV, not JSON, so it is fetched here rather than through `api`. */
export async function exportRecords(request: ExportRequest): Promise<RecordExport> {
  let res: Response;
  try {
    res = await fetch('/api/records/export', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/csv' },
      body: JSON.stringify(request),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  if (!res.ok) {
    const body = ErrorBody.safeParse(await res.json().catch(() => null));
    if (body.success) {
      const { code, message, parameter } = body.data.error;
      throw new ApiError(res.status, code, message, parameter);
    }
    throw new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText}.`);
  }
  const truncated = (res.headers.get('x-export-truncated') ?? '') !== '';
  return { csv: await res.blob(), truncated };
}

export const useExportRecords = () => useMutation({ mutationFn: exportRecords });
