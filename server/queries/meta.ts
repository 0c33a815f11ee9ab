import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

/** The data version is bumped by every change to contacts or boundaries; caches key on it. */
export async function dataVersion(db: Executor): Promise<number> {
  const rows = await db.all<{ v: number }>(
    sql`select value::integer as v from app_meta where key = 'data_version'`,
  );
  return rows[0]?.v ?? 0;
}

/**
 * `rollupKept`: the change kept contact_rollup in step (it touched no contact, or counted them again),
 * so a rollup that was current stays current. Otherwise the dashboard counts contacts directly until
 * the rollup is rebuilt.
 */
export async function bumpDataVersion(db: Executor, o: { rollupKept?: boolean } = {}): Promise<void> {
  if (o.rollupKept)
    await db.run(sql`update app_meta set value = (value::integer + 1)::varchar
      where key = 'rollup_version' and value = (select value from app_meta where key = 'data_version')`);
  await db.run(sql`update app_meta set value = (value::integer + 1)::varchar where key = 'data_version'`);
}

export async function countContacts(db: Executor): Promise<number> {
  const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from contact`);
  return rows[0]?.n ?? 0;
}

/** The highest contact id so far (0 when empty); loaders number new records after it. */
export async function maxContactId(db: Executor): Promise<number> {
  const rows = await db.all<{ n: number }>(sql`select coalesce(max(id), 0)::double as n from contact`);
  return rows[0]?.n ?? 0;
}
