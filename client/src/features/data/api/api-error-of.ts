import { ErrorBody } from '../../../../../server/contract/errors.ts';
import { ApiError } from '../../../lib/api-client.ts';

/** The ApiError for a failed answer read outside the shared client (XHR uploads, DELETE). */
export function apiErrorOf(status: number, text: string): ApiError {
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's page): fall through to the status line.
  }
  const body = ErrorBody.safeParse(json);
  if (body.success) {
    const { code, message, parameter } = body.data.error;
    return new ApiError(status, code, message, parameter);
  }
  if (status === 413)
    return new ApiError(status, 'upload_too_large', 'The file is larger than the server accepts.');
  return new ApiError(status, 'http_error', `The server answered ${status}.`);
}
