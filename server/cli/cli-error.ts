import { AppError } from '../errors.ts';

/** A failure the user can fix; printed as one line without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const LOCK = /Could not set lock on file "([^"]+)": Conflicting lock is held in (.*?) \(PID (\d+)\)/;

/** Prints an error for a person to read and returns the exit code. */
export function reportError(err: unknown, write: (line: string) => void = (l) => console.error(l)): number {
  const text = err instanceof Error ? err.message : String(err);
  const lock = LOCK.exec(text);
  if (lock) {
    write(
      `icsb: the database ${lock[1]} is in use by another process (PID ${lock[3]}, ${lock[2]}), ` +
        'probably a running "icsb serve". DuckDB lets one process at a time open a database file ' +
        'for writing: stop that process first, or use --db to point at another file.',
    );
    return 1;
  }
  if (err instanceof CliError || err instanceof AppError) {
    write(`icsb: ${err.message}`);
    return err instanceof CliError ? err.exitCode : 1;
  }
  write(`icsb: unexpected error: ${text}`);
  return 1;
}
