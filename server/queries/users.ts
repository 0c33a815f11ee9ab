import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { Role } from '../contract/auth.ts';

export interface UserListRow {
  [k: string]: unknown;
  id: number;
  username: string;
  role: Role;
  agency_code: string;
  agency_name: string;
  disabled: boolean;
}

export interface UserRow extends UserListRow {
  password_hash: string;
}

const USER_COLUMNS = sql`u.id, u.username, u.role, u.agency_code, a.name as agency_name, u.password_hash, u.disabled`;

export async function findUserByName(db: Executor, username: string): Promise<UserRow | null> {
  const rows = await db.all<UserRow>(
    sql`select ${USER_COLUMNS} from app_user u join agency a on a.code = u.agency_code where u.username = ${username}`,
  );
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: number): Promise<UserRow | null> {
  const rows = await db.all<UserRow>(
    sql`select ${USER_COLUMNS} from app_user u join agency a on a.code = u.agency_code where u.id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function insertUser(
  db: Executor,
  u: { username: string; agencyCode: string; role: Role; passwordHash: string },
): Promise<number> {
  const rows = await db.all<{
    id: number;
  }>(sql`insert into app_user (username, agency_code, role, password_hash)
    values (${u.username}, ${u.agencyCode}, ${u.role}, ${u.passwordHash}) returning id`);
  return rows[0]?.id ?? 0;
}

export async function setPassword(db: Executor, username: string, passwordHash: string): Promise<void> {
  await db.run(sql`update app_user set password_hash = ${passwordHash} where username = ${username}`);
}

export async function countUsers(db: Executor): Promise<number> {
  const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from app_user`);
  return rows[0]?.n ?? 0;
}

/** Every user without the password hash, for the admin list. */
export async function allUsers(db: Executor): Promise<UserListRow[]> {
  return db.all<UserListRow>(
    sql`select u.id, u.username, u.role, u.agency_code, a.name as agency_name, u.disabled
        from app_user u join agency a on a.code = u.agency_code order by u.username`,
  );
}

export async function setUserDisabled(db: Executor, id: number, disabled: boolean): Promise<void> {
  await db.run(sql`update app_user set disabled = ${disabled} where id = ${id}`);
}
