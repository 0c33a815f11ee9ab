import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { anyFails } from '../../server/ingest/checks/row-check.ts';
import { readCsvHead } from '../../server/ingest/csv/read-csv-head.ts';
import { formatReader } from '../../server/ingest/format-reader.ts';
import { isTyped } from '../../server/ingest/formats/format-plan.ts';
import { readMappingProfile } from '../../server/ingest/mapped/read-profile.ts';
import { fileSource } from '../../server/ingest/stage-file.ts';
import { listAgencies } from '../../server/queries/agencies.ts';
import { testDb } from '../helpers/test-app.ts';

const examples = path.resolve('docs/examples');
let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

// Records are numbered by their place in the typed table (rowid + 1), so the statement that types them
// must keep the file's order: scans, filters and projections only. A join (a subquery, or an IN list
// of six or more values, which DuckDB turns into one) may hand rows on out of order.
const cases = [
  {
    name: 'the canonical contact CSV',
    file: 'contacts-example.csv',
    options: { format: 'contacts' as const },
  },
  ...['council-crm', 'housing'].map((p) => ({
    name: `the ${p} profile`,
    file: p === 'housing' ? 'housing-system-export.csv' : 'council-crm-export.csv',
    options: {
      format: 'mapped' as const,
      profile: readMappingProfile(path.join(examples, `${p}-profile.json`)),
    },
  })),
];

describe('ingest: the typing statement keeps the file order', () => {
  it.each(cases)('plans no join for $name', async ({ file, options }) => {
    const reader = formatReader(options);
    const full = path.join(examples, file);
    const head = await readCsvHead(full, reader);
    const agencies = (await listAgencies(db)).map((a) => a.code);
    expect(agencies.length).toBeGreaterThanOrEqual(6); // enough for an IN list to become a join
    const plan = reader.plan(full, head.names, { agencies });
    if (!isTyped(plan)) throw new Error('expected a typed plan');
    const source = fileSource(full, reader, head);
    const typing = plan.typed(plan.relation(source.unnumbered()), anyFails(plan.checks));
    const rows = await db.all<{ explain_value: string }>(sql`explain ${typing}`);
    const operators = rows.map((r) => r.explain_value).join('\n');
    expect(operators).toMatch(/READ_CSV|TABLE_SCAN/);
    expect(operators).not.toMatch(/JOIN/);
  });
});
