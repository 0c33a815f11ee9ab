import crypto from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database.ts';
import * as sessions from '../../queries/sessions.ts';
import { findUserById, findUserByName, type UserRow } from '../../queries/users.ts';
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

/** A session row and its user as last read, and the database's change count at the time. */
interface Known {
  changes: number;
  session: sessions.SessionRow;
  user: UserRow | null;
}

// Every request would otherwise read the session and its user. A row stays at most SESSION_TTL_MS and
// only while db.changes holds: sign-out, a password change or a disabled user (transactions, and every
// API write) move it, so the next request reads again. A statement outside both must call markChanged().
const SESSION_TTL_MS = 10_000;
const known = new WeakMap<Db, LRUCache<string, Known>>();

function cacheOf(db: Db): LRUCache<string, Known> {
  const cache = known.get(db) ?? new LRUCache<string, Known>({ max: 10_000, ttl: SESSION_TTL_MS });
  known.set(db, cache);
  return cache;
}

async function lookUp(db: Db, tokenHash: string): Promise<Known | null> {
  const cache = cacheOf(db);
  const hit = cache.get(tokenHash);
  if (hit && hit.changes === db.changes) return hit;
  const changes = db.changes;
  const session = await sessions.findSession(db, tokenHash);
  if (!session) {
    cache.delete(tokenHash);
    return null;
  }
  const entry = { changes, session, user: await findUserById(db, session.user_id) };
  cache.set(tokenHash, entry);
  return entry;
}

/** The user behind a token, or null when it is unknown, idle too long or past its absolute expiry. */
export async function resolveSession(
  db: Db,
  policy: SessionPolicy,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const entry = await lookUp(db, tokenHash);
  if (!entry) return null;
  const { session, user } = entry;
  const idleLimit = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() >= session.expires_at.getTime() || now.getTime() >= idleLimit) {
    cacheOf(db).delete(tokenHash);
    await sessions.deleteSession(db, tokenHash);
    return null;
  }
  if (!user || user.disabled) return null;
  if (
    now.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS &&
    (await touchOnce(db, tokenHash, now))
  )
    entry.session = { ...session, last_seen_at: now };
  return toSessionUser(user);
}

// A page sends several requests at once; after a quiet minute each would update the same session row,
// and DuckDB refuses concurrent updates of one row. One touch per session at a time is enough.
const touching = new Set<string>();

/** True when this call wrote the row. */
async function touchOnce(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  if (touching.has(tokenHash)) return false;
  touching.add(tokenHash);
  try {
    await sessions.touchSession(db, tokenHash, now);
    return true;
  } catch (err) {
    // Another process-level writer got there first: the session was seen, which is all this records.
    if (!/conflict/i.test(String(err))) throw err;
    return false;
  } finally {
    touching.delete(tokenHash);
  }
}

export async function signOut(db: Db, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  cacheOf(db).delete(tokenHash);
  await sessions.deleteSession(db, tokenHash);
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
