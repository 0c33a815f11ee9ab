import type { Role } from '../../contract/auth.ts';
import type { Db } from '../../db/database.ts';
import { allUsers, type UserListRow } from '../../queries/users.ts';

export interface UserSummary {
  id: number;
  username: string;
  role: Role;
  agency: { code: string; name: string };
  disabled: boolean;
}

export const toUserSummary = (u: UserListRow): UserSummary => ({
  id: u.id,
  username: u.username,
  role: u.role,
  agency: { code: u.agency_code, name: u.agency_name },
  disabled: u.disabled,
});

export async function listUsers(db: Db): Promise<UserSummary[]> {
  return (await allUsers(db)).map(toUserSummary);
}
