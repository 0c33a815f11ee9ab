import type { z } from 'zod';
import { AppError } from '../errors.ts';

/** Parses input with a schema; a failure is a 400 naming the first bad parameter. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = 'parameter'): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // A query parameter is named by its key alone: deeper path parts are items of a comma-separated list.
  const path = where === 'parameter' ? issue?.path.slice(0, 1) : issue?.path;
  const name = path?.map(String).join('.') || 'request';
  throw new AppError('invalid_input', 400, `Invalid ${where} '${name}': ${issue?.message ?? 'invalid'}`, {
    parameter: name,
  });
}
