import path from 'node:path';
import type { Db, Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { postcodeKey } from '../canonical/canonical-rows.ts';
import { anyFails, collectBadValues } from '../checks/row-check.ts';
import { countRecords, csvSource, dropTemporary, type CsvSource } from '../csv/csv-source.ts';
import { readCsvHead } from '../csv/read-csv-head.ts';
import { FileProblem, fileProblem, IngestRejected } from '../ingest-errors.ts';
import type { OnError } from '../ingest-options.ts';
import { ZERO_COUNTS, type FileReport } from '../ingest-report.ts';
import { reportProblems } from '../problem-report.ts';
import { centroidChecks, centroidColumns, type CentroidColumns } from './postcode-columns.ts';

type Options = { onError: OnError; rejectsDir?: string };

/**
 * Loads a postcode centroid CSV (ours, or ONSPD/NSPL columns) into postcode_centroid, replacing the
 * postcodes it lists; exports that give only a postcode are geocoded from it at ingest. Not a batch:
 * the lookup is reference data. The same checks and error policy as a contact load.
 */
export async function loadPostcodes(db: Db, file: string, o: Options): Promise<FileReport> {
  const started = performance.now();
  const base: FileReport = {
    ...{
      file,
      format: 'postcodes',
      outcome: 'rejected',
      onError: o.onError,
      batchId: null,
      contentHash: null,
    },
    ...{ counts: { ...ZERO_COUNTS }, problems: [], problemCount: 0, problemSummary: [], duplicatesOf: [] },
    ...{ unmapped: [], rejectsFile: null, message: null, ms: 0 },
  };
  try {
    const head = await readCsvHead(file, { delimiter: ',', encoding: 'utf-8' });
    const columns = centroidColumns(file, head.names);
    const source = csvSource({ file, head, delimiter: ',', encoding: 'utf-8', prefix: 'postcodes_load' });
    const report = await db.transaction((tx) => storeCentroids(tx, source, columns, base, o));
    return { ...report, ms: Math.round(performance.now() - started) };
  } catch (err) {
    if (err instanceof IngestRejected) return err.report;
    if (err instanceof FileProblem)
      return { ...base, problems: [err.problem], problemCount: 1, message: err.problem.reason };
    throw err;
  }
}

async function storeCentroids(
  tx: Executor,
  s: CsvSource,
  c: CentroidColumns,
  base: FileReport,
  o: Options,
): Promise<FileReport> {
  const records = await countRecords(tx, s);
  const read = records.rows + records.rejected;
  if (read === 0) throw fileProblem(s.file, 'no data rows: the file holds a header line only', 2);
  const checks = centroidChecks(c);
  let report: FileReport = { ...base, outcome: 'loaded', counts: { ...base.counts, read } };
  const bad = `${s.prefix}_bad`;
  const badRows = await collectBadValues(tx, s.rows(), checks, bad);
  if (badRows + records.rejected > 0) report = await reportProblems(tx, s, bad, [], report, o.rejectsDir);
  const { postcode, lat, lon, easting, northing } = c.fields;
  const num = (f: typeof lat) => f?.num ?? sql`null::double`;
  await tx.run(sql`insert or replace into postcode_centroid (postcode, easting, northing, lat, lon, source)
    select ${postcodeKey(postcode?.expr ?? sql`null`)}, any_value(${num(easting)}), any_value(${num(northing)}),
      any_value(${num(lat)}), any_value(${num(lon)}), ${path.basename(s.file)}
    from (${s.rows()}) where not (${anyFails(checks)}) group by 1`);
  await dropTemporary(tx, s.prefix, ['rej', 'scan', 'bad', 'nl', 'rl', 'problems']);
  return { ...report, counts: { ...report.counts, loaded: read - report.counts.rejected } };
}
