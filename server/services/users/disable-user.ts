import type { Db } from '../../db/database.ts';
import { deleteUserSessions } from '../../queries/sessions.ts';
import { setUserDisabled } from '../../queries/users.ts';
import { knownUser } from './known-user.ts';
import type { UserOutcome } from './user-problem.ts';

/** Blocks sign-in and ends every open session at once, not at the next idle expiry. */
export async function disableUser(db: Db, username: string): Promise<UserOutcome<{ username: string }>> {
  const known = await knownUser(db, username);
  if (!known.ok) return known;
  const user = known.value;
  await db.transaction(async (tx) => {
    await setUserDisabled(tx, user.id, true);
    await deleteUserSessions(tx, user.id);
  });
  return { ok: true, value: { username: user.username } };
}
