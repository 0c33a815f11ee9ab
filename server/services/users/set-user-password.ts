import type { Db } from '../../db/database.ts';
import { deleteUserSessions } from '../../queries/sessions.ts';
import { setPassword } from '../../queries/users.ts';
import { hashPassword } from '../auth/passwords.ts';
import { knownUser } from './known-user.ts';
import { checkPassword } from './check-password.ts';

/** Replaces a password and ends the user's sessions, since a reset often follows a leaked password. */
export async function setUserPassword(
  db: Db,
  username: string,
  password: string,
): Promise<{ username: string }> {
  const user = await knownUser(db, username);
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await setPassword(tx, user.username, passwordHash);
    await deleteUserSessions(tx, user.id);
  });
  return { username: user.username };
}
