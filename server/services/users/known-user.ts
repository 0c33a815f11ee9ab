import type { Executor } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { findUserByName, type UserRow } from '../../queries/users.ts';

/** The user to change; a 404 naming the unknown username otherwise. */
export async function knownUser(db: Executor, username: string): Promise<UserRow> {
  const user = await findUserByName(db, username);
  if (!user)
    throw new AppError('unknown_user', 404, `No user named '${username}'.`, { parameter: 'username' });
  return user;
}
