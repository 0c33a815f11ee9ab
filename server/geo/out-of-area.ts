import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { BASE_LAYER_ID } from '../queries/hidden-layers.ts';
import { isFresh, scopeFrom, scopeTags, scopeWhere, type AssignScope } from './assign-scope.ts';

export interface AssignCounts {
  /** Contacts in scope inside at least one area of some layer. */
  assigned: number;
  /** Contacts in scope with coordinates but outside every area of every layer: flagged, kept. */
  outOfArea: number;
  /** Contacts in scope with no usable coordinates (postcode only, say): neither assigned nor flagged. */
  unlocated: number;
}

const LOCATED = sql`(c.lon is not null and c.lat is not null or c.easting is not null and c.northing is not null)`;
const LOCATED_ROW = sql`(lon is not null and lat is not null or easting is not null and northing is not null)`;
// A drawn outline, problem place or evaluation zone is not the force's boundary: being inside one does not
// make a contact in area.
const REAL_LAYER = BASE_LAYER_ID;

/**
 * Sets contact.out_of_area for the scope from its contact_area rows of real (not drawn) layers, writing
 * only flags that change. `anyLayer`: whether any real layer is loaded (with none, nothing is outside).
 */
export async function flagOutOfArea(
  db: Executor,
  scope: AssignScope,
  anyLayer: boolean,
): Promise<AssignCounts> {
  const where = scopeWhere(scope);
  if (isFresh(scope)) {
    // A batch inserted in this transaction has every flag false: one update sets those outside.
    if (anyLayer && (await someUntagged(db, scope)))
      await db.run(sql`update contact set out_of_area = true where batch_id = ${scope.batchId}
        and ${LOCATED_ROW} and id not in (select contact_id from contact_area where ${REAL_LAYER} and ${await scopeTags(db, scope)})`);
    return countAssigned(db, where, anyLayer);
  }
  // One anti-join finds the scope's contacts outside every area; the updates then touch only them.
  await db.run(sql`create or replace temp table geo_outside as select c.id from contact c
    where ${where} and ${LOCATED} and ${anyLayer}
      and c.id not in (select contact_id from contact_area where ${REAL_LAYER} and ${await scopeTags(db, scope)})`);
  await db.run(sql`update contact set out_of_area = true
    where not out_of_area and id in (select id from geo_outside)`);
  const [flagged] = await db.all<{ n: number }>(
    sql`select count(*)::integer as n from contact c where ${where} and c.out_of_area`,
  );
  const [outside] = await db.all<{ n: number }>(sql`select count(*)::integer as n from geo_outside`);
  if ((flagged?.n ?? 0) > (outside?.n ?? 0))
    await db.run(sql`update contact set out_of_area = false where id in (
      select c.id from contact c where ${where} and c.out_of_area and c.id not in (select id from geo_outside))`);
  await db.run(sql`drop table geo_outside`);
  return countAssigned(db, where, anyLayer);
}

/**
 * Whether a located contact of the scope may be outside every real layer. A contact has at most one row per
 * layer, so when some real layer has a row for each located contact, none is outside: a count over the
 * batch's rows costs far less than the anti-join the flags need.
 */
async function someUntagged(db: Executor, scope: AssignScope): Promise<boolean> {
  const [r] = await db.all<{ located: number; most: number | null }>(sql`select
      (select count(*) from ${scopeFrom(scope)} and ${LOCATED})::double as located,
      (select max(n) from (select count(*) as n from contact_area
        where ${REAL_LAYER} and ${await scopeTags(db, scope)} group by layer_id))::double as most`);
  return (r?.most ?? 0) < (r?.located ?? 0);
}

async function countAssigned(db: Executor, where: Sql, anyLayer: boolean): Promise<AssignCounts> {
  const [r] = await db.all<{ [k: string]: unknown } & AssignCounts>(sql`select
      count(*) filter (where ${anyLayer} and ${LOCATED} and not c.out_of_area)::integer as assigned,
      count(*) filter (where c.out_of_area)::integer as "outOfArea",
      count(*) filter (where not ${LOCATED})::integer as unlocated
    from contact c where ${where}`);
  return { assigned: r?.assigned ?? 0, outOfArea: r?.outOfArea ?? 0, unlocated: r?.unlocated ?? 0 };
}
