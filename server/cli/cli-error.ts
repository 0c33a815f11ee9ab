import type { UserOutcome } from '../services/users/user-problem.ts';

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

/** The value of a use case that succeeded, or a CliError carrying its refusal. */
export function unwrap<T>(outcome: UserOutcome<T>): T {
  if (!outcome.ok) throw new CliError(outcome.problem.message);
  return outcome.value;
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
  if (err instanceof CliError) {
    write(`icsb: ${err.message}`);
    return err.exitCode;
  }
  write(`icsb: unexpected error: ${text}`);
  return 1;
}
