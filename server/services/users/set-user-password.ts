import type { Db } from '../../db/database.ts';
import { deleteUserSessions } from '../../queries/sessions.ts';
import { setPassword } from '../../queries/users.ts';
import { hashPassword } from '../auth/passwords.ts';
import { knownUser } from './known-user.ts';
import { weakPassword, type UserOutcome } from './user-problem.ts';

/** Replaces a password and ends the user's sessions, since a reset often follows a leaked password. */
export async function setUserPassword(
  db: Db,
  username: string,
  password: string,
): Promise<UserOutcome<{ username: string }>> {
  const known = await knownUser(db, username);
  if (!known.ok) return known;
  const user = known.value;
  const weak = weakPassword(password);
  if (weak) return weak;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await setPassword(tx, user.username, passwordHash);
    await deleteUserSessions(tx, user.id);
  });
  return { ok: true, value: { username: user.username } };
}
