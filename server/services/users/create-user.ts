import { ROLES, Role } from '../../contract/auth.ts';
import type { Db } from '../../db/database.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { findUserById, findUserByName, insertUser } from '../../queries/users.ts';
import { hashPassword } from '../auth/passwords.ts';
import { toUserSummary, type UserSummary } from './list-users.ts';
import { refused, weakPassword, type UserOutcome } from './user-problem.ts';

export interface NewUser {
  username: string;
  agencyCode: string;
  role: string;
  password: string;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** Checks everything except the password, so the CLI can refuse before asking for one. */
export async function checkNewUser(
  db: Db,
  u: Omit<NewUser, 'password'>,
): Promise<UserOutcome<{ username: string; agencyCode: string; role: Role }>> {
  if (!USERNAME.test(u.username))
    return refused(
      'invalid_username',
      'username',
      "Username must be 2 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
    );
  const role = Role.safeParse(u.role);
  if (!role.success)
    return refused('invalid_role', 'role', `Unknown role '${u.role}'. Roles: ${ROLES.join(', ')}.`);
  const codes = (await listAgencies(db)).map((a) => a.code);
  if (!codes.includes(u.agencyCode))
    return refused(
      'unknown_agency',
      'agency',
      codes.length > 0
        ? `Unknown agency '${u.agencyCode}'. Agencies: ${codes.sort().join(', ')}.`
        : `Unknown agency '${u.agencyCode}': the database has no agencies yet.`,
    );
  if (await findUserByName(db, u.username)) return duplicate(u.username);
  return { ok: true, value: { username: u.username, agencyCode: u.agencyCode, role: role.data } };
}

/** Creates an active user with an argon2id password hash. */
export async function createUser(db: Db, u: NewUser): Promise<UserOutcome<UserSummary>> {
  const checked = await checkNewUser(db, u);
  if (!checked.ok) return checked;
  const weak = weakPassword(u.password);
  if (weak) return weak;
  const passwordHash = await hashPassword(u.password);
  let id: number;
  try {
    id = await insertUser(db, { ...checked.value, passwordHash });
  } catch (err) {
    // Two requests for the same new name can both pass the check; the unique index decides.
    if (err instanceof Error && /duplicate key/i.test(err.message)) return duplicate(u.username);
    throw err;
  }
  const row = await findUserById(db, id);
  if (!row) throw new Error(`user ${id} vanished after insert`);
  return { ok: true, value: toUserSummary(row) };
}

const duplicate = (username: string) =>
  refused('duplicate_username', 'username', `A user named '${username}' already exists.`);
