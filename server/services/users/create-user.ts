import { ROLES, Role } from '../../contract/auth.ts';
import type { Db } from '../../db/database.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { findUserById, findUserByName, insertUser } from '../../queries/users.ts';
import { hashPassword } from '../auth/passwords.ts';
import { toUserSummary, type UserSummary } from './list-users.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { checkPassword } from './check-password.ts';

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
): Promise<{ username: string; agencyCode: string; role: Role }> {
  if (!USERNAME.test(u.username))
    throw invalidInput(
      'username',
      "Username must be 2 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
      'invalid_username',
    );
  const role = Role.safeParse(u.role);
  if (!role.success)
    throw invalidInput('role', `Unknown role '${u.role}'. Roles: ${ROLES.join(', ')}.`, 'invalid_role');
  const codes = (await listAgencies(db)).map((a) => a.code);
  if (!codes.includes(u.agencyCode))
    throw invalidInput(
      'agency',
      codes.length > 0
        ? `Unknown agency '${u.agencyCode}'. Agencies: ${codes.sort().join(', ')}.`
        : `Unknown agency '${u.agencyCode}': the database has no agencies yet.`,
      'unknown_agency',
    );
  if (await findUserByName(db, u.username)) throw duplicate(u.username);
  return { username: u.username, agencyCode: u.agencyCode, role: role.data };
}

/** Creates an active user with an argon2id password hash. */
export async function createUser(db: Db, u: NewUser): Promise<UserSummary> {
  const checked = await checkNewUser(db, u);
  checkPassword(u.password);
  const passwordHash = await hashPassword(u.password);
  let id: number;
  try {
    id = await insertUser(db, { ...checked, passwordHash });
  } catch (err) {
    // Two requests for the same new name can both pass the check; the unique index decides.
    if (err instanceof Error && /duplicate key/i.test(err.message)) throw duplicate(u.username);
    throw err;
  }
  const row = await findUserById(db, id);
  if (!row) throw new Error(`user ${id} vanished after insert`);
  return toUserSummary(row);
}

const duplicate = (username: string) =>
  new AppError('duplicate_username', 409, `A user named '${username}' already exists.`, {
    parameter: 'username',
  });
