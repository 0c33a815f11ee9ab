import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface SessionRow {
  [k: string]: unknown;
  user_id: number;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function insertSession(
  db: Executor,
  s: { tokenHash: string; userId: number; now: Date; expiresAt: Date },
): Promise<void> {
  await db.run(sql`insert into user_session (token_hash, user_id, created_at, last_seen_at, expires_at)
    values (${s.tokenHash}, ${s.userId}, ${iso(s.now)}::timestamp, ${iso(s.now)}::timestamp, ${iso(s.expiresAt)}::timestamp)`);
}

export async function findSession(db: Executor, tokenHash: string): Promise<SessionRow | null> {
  const rows = await db.all<SessionRow>(
    sql`select user_id, created_at, last_seen_at, expires_at from user_session where token_hash = ${tokenHash}`,
  );
  return rows[0] ?? null;
}

export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.run(
    sql`update user_session set last_seen_at = ${iso(now)}::timestamp where token_hash = ${tokenHash}`,
  );
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.run(sql`delete from user_session where token_hash = ${tokenHash}`);
}

export async function deleteUserSessions(db: Executor, userId: number): Promise<void> {
  await db.run(sql`delete from user_session where user_id = ${userId}`);
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.run(sql`delete from user_session where expires_at <= ${iso(now)}::timestamp`);
}

// Timestamps are stored as naive UTC.
const iso = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
