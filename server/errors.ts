/** The one error type: a stable code, an HTTP status and a message safe to show a user. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly options: { cause?: unknown; parameter?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
  }
}

/** A 400 naming the parameter or field the user has to correct. */
export const invalidInput = (parameter: string, message: string, code = 'invalid_input') =>
  new AppError(code, 400, message, { parameter });

export const notFound = (what: string) => new AppError('not_found', 404, `${what} not found`);
export const unauthenticated = () => new AppError('unauthenticated', 401, 'Sign in to use this.');
export const forbidden = () => new AppError('forbidden', 403, 'Your role may not use this.');
