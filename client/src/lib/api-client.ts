import type { z } from 'zod';
import { ErrorBody } from '../../../server/contract/errors.ts';

/** Every failed API call becomes one of these; `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isUnauthenticated = (e: unknown): boolean => e instanceof ApiError && e.status === 401;

type Params = Readonly<Record<string, string | undefined>>;

interface RequestOptions<T> {
  schema?: z.ZodType<T>;
  params?: Params;
  body?: unknown;
  signal?: AbortSignal;
}

export function urlWithParams(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  o: RequestOptions<T>,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(urlWithParams(path, o.params), {
      method,
      credentials: 'same-origin',
      headers: o.body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
      signal: o.signal,
    });
  } catch (e) {
    if (o.signal?.aborted) throw e;
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  if (!res.ok) throw await errorFrom(res);
  if (res.status === 204) return undefined as T;
  const json: unknown = await res.json().catch(() => undefined);
  if (!o.schema) return json as T;
  const parsed = o.schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      'bad_response',
      `The server's answer from ${path} was not in the expected form.`,
    );
  }
  return parsed.data;
}

async function errorFrom(res: Response): Promise<ApiError> {
  const body = ErrorBody.safeParse(await res.json().catch(() => null));
  if (body.success) {
    const { code, message, parameter } = body.data.error;
    return new ApiError(res.status, code, message, parameter);
  }
  return new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText}.`);
}

export const api = {
  get: <T>(path: string, schema: z.ZodType<T>, params?: Params, signal?: AbortSignal) =>
    request<T>('GET', path, { schema, params, signal }),
  post: <T = void>(path: string, body?: unknown, schema?: z.ZodType<T>) =>
    request<T>('POST', path, { body, schema }),
  patch: <T>(path: string, body: unknown, schema: z.ZodType<T>) =>
    request<T>('PATCH', path, { body, schema }),
  delete: (path: string) => request<undefined>('DELETE', path, {}),
};
