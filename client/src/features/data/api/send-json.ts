import type { z } from 'zod';
import { ApiError } from '../../../lib/api-client.ts';
import { apiErrorOf } from './api-error-of.ts';

/** PATCH and DELETE with a JSON answer, which the shared client does not send. */
export async function sendJson<T>(
  method: 'PATCH' | 'DELETE',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  const text = await res.text();
  if (!res.ok) throw apiErrorOf(res.status, text);
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new ApiError(res.status, 'bad_response', `The server's answer from ${path} was not in the expected form.`);
  return parsed.data;
}
