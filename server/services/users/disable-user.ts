import type { Db } from '../../db/database.ts';
import { deleteUserSessions } from '../../queries/sessions.ts';
import { setUserDisabled } from '../../queries/users.ts';
import { knownUser } from './known-user.ts';

/** Blocks sign-in and ends every open session at once, not at the next idle expiry. */
export async function disableUser(db: Db, username: string): Promise<{ username: string }> {
  const user = await knownUser(db, username);
  await db.transaction(async (tx) => {
    await setUserDisabled(tx, user.id, true);
    await deleteUserSessions(tx, user.id);
  });
  return { username: user.username };
}
