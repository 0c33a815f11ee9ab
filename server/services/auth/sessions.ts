import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import * as sessions from '../../queries/sessions.ts';
import { findUserById, findUserByName } from '../../queries/users.ts';
import { burnVerify, verifyPassword } from './passwords.ts';
import type { SessionUser } from './session-user.ts';
import type { Role } from '../../contract/auth.ts';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

// Writing last_seen on every request would make each read a write; a minute's granularity is enough.
const TOUCH_EVERY_MS = 60_000;

/** Checks a password and opens a new session; returns the raw token (only its hash is stored). */
export async function signIn(
  db: Db,
  policy: SessionPolicy,
  username: string,
  password: string,
  now = new Date(),
): Promise<{ token: string; user: SessionUser } | null> {
  const user = await findUserByName(db, username);
  if (!user || user.disabled) {
    await burnVerify(password);
    return null;
  }
  if (!(await verifyPassword(user.password_hash, password))) return null;
  const token = crypto.randomBytes(16).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000);
  await sessions.deleteExpiredSessions(db, now);
  await sessions.insertSession(db, { tokenHash: hashToken(token), userId: user.id, now, expiresAt });
  return { token, user: toSessionUser(user) };
}

/** The user behind a token, or null when it is unknown, idle too long or past its absolute expiry. */
export async function resolveSession(
  db: Db,
  policy: SessionPolicy,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const session = await sessions.findSession(db, tokenHash);
  if (!session) return null;
  const idleLimit = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() >= session.expires_at.getTime() || now.getTime() >= idleLimit) {
    await sessions.deleteSession(db, tokenHash);
    return null;
  }
  const user = await findUserById(db, session.user_id);
  if (!user || user.disabled) return null;
  if (now.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) await touchOnce(db, tokenHash, now);
  return toSessionUser(user);
}

// A page sends several requests at once; after a quiet minute each would update the same session row,
// and DuckDB refuses concurrent updates of one row. One touch per session at a time is enough.
const touching = new Set<string>();

async function touchOnce(db: Db, tokenHash: string, now: Date): Promise<void> {
  if (touching.has(tokenHash)) return;
  touching.add(tokenHash);
  try {
    await sessions.touchSession(db, tokenHash, now);
  } catch (err) {
    // Another process-level writer got there first: the session was seen, which is all this records.
    if (!/conflict/i.test(String(err))) throw err;
  } finally {
    touching.delete(tokenHash);
  }
}

export async function signOut(db: Db, token: string): Promise<void> {
  await sessions.deleteSession(db, hashToken(token));
}

function toSessionUser(u: {
  id: number;
  username: string;
  role: Role;
  agency_code: string;
  agency_name: string;
}): SessionUser {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    agencyCode: u.agency_code,
    agencyName: u.agency_name,
  };
}
