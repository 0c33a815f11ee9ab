import { invalidInput } from '../../errors.ts';
import { passwordProblem } from '../auth/passwords.ts';

/** Refuses a password that breaks the rule, naming the password field. */
export function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw invalidInput('password', problem, 'weak_password');
}
