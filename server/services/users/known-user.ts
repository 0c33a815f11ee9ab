import type { Executor } from '../../db/database.ts';
import { findUserByName, type UserRow } from '../../queries/users.ts';
import { refused, type UserOutcome } from './user-problem.ts';

/** The user to change, or a refusal naming the unknown username. */
export async function knownUser(db: Executor, username: string): Promise<UserOutcome<UserRow>> {
  const user = await findUserByName(db, username);
  return user
    ? { ok: true, value: user }
    : refused('unknown_user', 'username', `No user named '${username}'.`);
}
