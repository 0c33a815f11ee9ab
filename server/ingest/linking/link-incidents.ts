import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import type { LinkThresholds } from '../ingest-options.ts';
import { mergeIncidents } from './link-components.ts';
import { findLinkPairs, type Reports } from './link-pairs.ts';

const code = (text: string): Sql => ({ text, params: [] });
const drop = (tx: Executor, prefix: string, name: string) =>
  tx.run(sql`drop table if exists ${code(`${prefix}_${name}`)}`);

/** Pairs and groups the reports; returns the table of their incident ids (id, label), or null if none. */
async function link(
  tx: Executor,
  reports: Reports,
  t: LinkThresholds,
  prefix: string,
): Promise<string | null> {
  const pairs = await findLinkPairs(tx, reports, t, prefix);
  if (pairs > 0) await mergeIncidents(tx, prefix);
  for (const name of ['pairs', 'ends', 'edge', 'ix']) await drop(tx, prefix, name);
  return pairs > 0 ? `${prefix}_label` : null;
}

/**
 * Links the contacts in scope (a condition on contact c) to reports of the same incident by other
 * agencies, set-based in SQL; contact.incident_id then holds the incident's smallest contact id.
 */
export async function linkIncidents(
  tx: Executor,
  scope: Sql,
  t: LinkThresholds,
  prefix: string,
): Promise<void> {
  await link(tx, { scope }, t, prefix);
  await drop(tx, prefix, 'label');
}

/** Links a just-loaded batch; returns how many of its contacts belong to an incident. */
export async function linkBatch(
  tx: Executor,
  batchId: number,
  t: LinkThresholds,
  prefix: string,
): Promise<number> {
  await linkIncidents(tx, sql`c.batch_id = ${batchId}`, t, `${prefix}_link`);
  const [n] = await tx.all<{ n: number }>(sql`select count(*)::double as n from contact
    where batch_id = ${batchId} and incident_id is not null`);
  return n?.n ?? 0;
}

/**
 * Links a batch not stored yet (rows with id, agency_code, category, easting, northing, received_at,
 * time_precision) to itself and to stored contacts, whose incident ids are updated where they change.
 * Returns the table of the batch's incident ids (id, label), for its insert, or null when none is linked.
 */
export async function linkStagedBatch(
  tx: Executor,
  batch: Sql,
  t: LinkThresholds,
  prefix: string,
): Promise<string | null> {
  return link(tx, { batch }, t, prefix);
}
