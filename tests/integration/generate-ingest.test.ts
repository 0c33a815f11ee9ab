import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.ts';

const RECORDS = 20_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-generate-ingest-'));
const [direct, ingested, csv] = ['direct.duckdb', 'ingested.duckdb', 'contacts.csv'].map((f) =>
  path.join(dir, f),
) as [string, string, string];
let connection: DuckDBConnection;
let ingest: CliResult;

const ok = async (args: string[]) => {
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`icsb ${args.join(' ')}: ${r.stderr}`);
  return r;
};

beforeAll(async () => {
  const seed = ['--records', String(RECORDS), '--seed', '21'];
  await ok(['generate', ...seed, '--db', direct]);
  await ok(['generate', ...seed, '--csv', csv]);
  // Another seed's single record gives the second database the district's layers and the agencies.
  await ok(['generate', '--records', '1', '--seed', '22', '--db', ingested]);
  ingest = await ok(['ingest', '--format', 'contacts', '--db', ingested, '--rejects-dir', dir, csv]);
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`attach '${direct}' as a (read_only); attach '${ingested}' as b (read_only)`);
});
afterAll(() => {
  connection.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rows = async (text: string) => (await connection.runAndReadAll(text)).getRowObjectsJS();
/** The contacts of both databases, matched on agency and source_record_id (the ingested batch only). */
const MATCHED = `from a.contact x join b.contact y using (agency_code, source_record_id) where y.batch_id = 2`;

describe('the generated CSV through icsb ingest --format contacts', () => {
  it('loads every record, rejecting none and finding none out of area', () => {
    expect(ingest.stdout).toMatch(/loaded 20,000 \| rejected 0 \| duplicates 0 \| out of area 0/);
  });

  it('stores the same records as generate --db does, field for field', async () => {
    const fields = ['channel', 'received_at', 'received_on', 'time_precision', 'from_at', 'to_at', 'category']
      .concat(['asb_type', 'location_ref', 'caller_ref', 'vulnerable', 'status', 'referral_partner'])
      .concat(['resolved_at', 'sla_target_hours']);
    const differ = fields.map(
      (f) => `count(*) filter (where x.${f} is distinct from y.${f})::integer as ${f}`,
    );
    const [counts] = await rows(`select count(*)::integer as matched, ${differ.join(', ')} ${MATCHED}`);
    expect(counts).toEqual({ matched: RECORDS, ...Object.fromEntries(fields.map((f) => [f, 0])) });
  });

  it('finds each point within a metre of where the generator put it, in the same areas', async () => {
    const [far] = await rows(`select count(*)::integer as n ${MATCHED}
      and (sqrt(power(x.easting - y.easting, 2) + power(x.northing - y.northing, 2)) > 1
        or abs(x.lat - y.lat) > 1e-5 or abs(x.lon - y.lon) > 1e-5)`);
    expect(far).toEqual({ n: 0 });
    const tags = (
      db: string,
      batch: number,
    ) => `select c.agency_code, c.source_record_id, t.layer_id, t.area_code
      from ${db}.contact c join ${db}.contact_area t on t.contact_id = c.id where c.batch_id = ${batch}`;
    const [diff] = await rows(`select count(*)::integer as n from (${tags('a', 1)} except ${tags('b', 2)})`);
    expect(diff).toEqual({ n: 0 });
  });
});

describe('generate --db and ingest link the same reports', () => {
  const partners = (db: string) => `select x.agency_code, x.source_record_id, p.agency_code as partner_agency,
      p.source_record_id as partner_record
    from ${db}.contact x join ${db}.contact p on p.incident_id = x.incident_id and p.id <> x.id
    where x.batch_id = ${db === 'a' ? 1 : 2} and p.batch_id = ${db === 'a' ? 1 : 2}`;

  it('puts each report with the same partners either way', async () => {
    const [linked] = await rows(`select count(*)::integer as n from (${partners('a')})`);
    expect((linked as { n: number }).n).toBeGreaterThan(0);
    const [onlyDirect] = await rows(
      `select count(*)::integer as n from (${partners('a')} except ${partners('b')})`,
    );
    const [onlyIngested] = await rows(
      `select count(*)::integer as n from (${partners('b')} except ${partners('a')})`,
    );
    expect([onlyDirect, onlyIngested]).toEqual([{ n: 0 }, { n: 0 }]);
  });
});
