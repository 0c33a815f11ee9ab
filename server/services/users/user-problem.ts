import { passwordProblem } from '../auth/passwords.ts';

export type UserProblemCode =
  | 'invalid_username'
  | 'invalid_role'
  | 'unknown_agency'
  | 'weak_password'
  | 'duplicate_username'
  | 'unknown_user';

/** Why a change to users was refused; the API maps it to a status, the CLI prints the message. */
export interface UserProblem {
  code: UserProblemCode;
  field: 'username' | 'agency' | 'role' | 'password';
  message: string;
}

export type UserOutcome<T> = { ok: true; value: T } | { ok: false; problem: UserProblem };

export const refused = (
  code: UserProblemCode,
  field: UserProblem['field'],
  message: string,
): { ok: false; problem: UserProblem } => ({ ok: false, problem: { code, field, message } });

export function weakPassword(password: string): { ok: false; problem: UserProblem } | null {
  const problem = passwordProblem(password);
  return problem ? refused('weak_password', 'password', problem) : null;
}
