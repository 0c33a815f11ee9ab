/**
 * What-if behind docs/ingest.md "Where the rest went": what writing a batch's contacts costs, and which
 * columns it goes on.
 *   node --import tsx bench/what-if/contact-write.ts CSV [--rounds 2]
 * Types the CSV (a generated contact file, e.g. bench/ingest-only.ts --keep-csv) as the ingest does, into
 * a temporary table of a fresh database, then per round times: the insert into contact in date order
 * and in file order; groups of its columns written into a table of their own; and the six columns of
 * few values (agency, channel, time precision, category, ASB type, status) as text and as ENUM types.
 * Prints wall and CPU seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Db, type Executor } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql, type Sql } from '../../server/db/sql.ts';
import { ensureGeneratedAgencies } from '../../server/generate/store/generated-agencies.ts';
import { anyFails } from '../../server/ingest/checks/row-check.ts';
import { readCsvHead } from '../../server/ingest/csv/read-csv-head.ts';
import { formatReader } from '../../server/ingest/format-reader.ts';
import { isTyped } from '../../server/ingest/formats/format-plan.ts';
import { fileSource } from '../../server/ingest/stage-file.ts';
import { listAgencies } from '../../server/queries/agencies.ts';
import { cpu } from '../cpu-seconds.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '2' } },
});
const csv = positionals[0];
if (!csv) throw new Error('usage: contact-write.ts CSV [--rounds 2]');

const text = (s: string): Sql => ({ text: s, params: [] });
async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const [wall, used] = [performance.now(), cpu()];
  await work();
  const s = ((performance.now() - wall) / 1000).toFixed(2);
  console.log(`${label.padEnd(48)} ${s} s wall, ${(cpu() - used).toFixed(2)} s cpu`);
}
/** Runs work in a transaction that is then rolled back. */
async function thenUndo(db: Db, work: (tx: Executor) => Promise<void>): Promise<void> {
  const undo = new Error('undo');
  await db
    .transaction(async (tx) => {
      await work(tx);
      throw undo;
    })
    .catch((e: unknown) => {
      if (e !== undo) throw e;
    });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-contact-write-'));
const db = await Db.open({
  path: path.join(dir, 'w.duckdb'),
  threads: 2,
  memoryLimit: '6GB',
  maxConcurrent: 1,
});
try {
  await migrate(db);
  await db.transaction((tx) => ensureGeneratedAgencies(tx));
  const reader = formatReader({ format: 'contacts' });
  const head = await readCsvHead(csv, reader);
  const plan = reader.plan(csv, head.names, { agencies: (await listAgencies(db)).map((a) => a.code) });
  if (!isTyped(plan)) throw new Error('expected a typed plan');
  const source = fileSource(csv, reader, head);
  await timed('typing (the ingest first statement)', () =>
    db.run(
      sql`create temp table t as ${plan.typed(plan.relation(source.unnumbered()), anyFails(plan.checks))}`,
    ),
  );
  const few = ['agency_code', 'channel', 'time_precision', 'category', 'asb_type', 'status'];
  const groups: Record<string, string[]> = {
    'references (4 texts of many values)': ['source_record_id', 'location_ref', 'caller_ref', 'postcode'],
    'codes (6 texts of few values)': few,
    'coordinates (4 doubles)': ['lat', 'lon', 'easting', 'northing'],
    'times (5)': ['received_at', 'received_on', 'from_at', 'to_at', 'resolved_at'],
  };
  const all = Object.values(groups).flat().concat('vulnerable', 'referral_partner', 'sla_target_hours');
  for (const c of few)
    await db.run(text(`create type e_${c} as enum (select distinct ${c} from t where ${c} is not null)`));
  const insert = (order: string) =>
    text(`insert into contact (id, batch_id, ${all.join(', ')})
      select rowid + 1, 1, ${all.join(', ')} from t where not failed ${order}`);
  const writeInto = async (label: string, columns: string) => {
    await db.run(text(`create or replace table w as select ${columns} from t limit 0`));
    await timed(label, () => db.run(text(`insert into w select ${columns} from t where not failed`)));
    await db.run(text('drop table w'));
  };
  for (let round = 1; round <= Number(values.rounds); round++) {
    console.log(`round ${round}`);
    await thenUndo(db, (tx) =>
      timed('contact, in date order (as the ingest)', () => tx.run(insert('order by received_on'))),
    );
    await thenUndo(db, (tx) => timed('contact, in file order', () => tx.run(insert(''))));
    for (const [label, columns] of Object.entries(groups)) await writeInto(`  ${label}`, columns.join(', '));
    await writeInto('  the 6 codes as ENUM types', few.map((c) => `${c}::e_${c} as ${c}`).join(', '));
  }
} finally {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
