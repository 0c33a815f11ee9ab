import path from 'node:path';
import type { Db, Executor } from '../../db/database.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import { findLayer } from '../../queries/boundaries.ts';
import { bumpDataVersion } from '../../queries/meta.ts';
import { notFound } from '../../errors.ts';
import { fileProblem } from '../ingest-errors.ts';
import { checkAreaValues, wholeNumber, type ValueColumn } from './area-value-checks.ts';
import { headerColumn, quoted, STAGED, stageAreaCsv } from './stage-area-csv.ts';
import { unknownCodes, type CodeCoverage } from './code-coverage.ts';

export interface AreaValuesLoad {
  layerId: string;
  file: string;
  codeColumn: string;
  /** Load the rows whose codes the layer has and report the others, instead of refusing the file. */
  allowUnknownCodes: boolean;
}

export interface AreaValuesResult extends CodeCoverage {
  layerId: string;
  rows: number;
  ms: number;
}

/** What a kind of area data reads and how it stores the checked rows (the temp table `v`: code, values). */
export interface AreaValueKind {
  kind: 'population' | 'deprivation';
  columns: readonly (ValueColumn & { option: string })[];
  store: (tx: Executor, layerId: string, values: Sql) => Promise<void>;
}

/**
 * Reads per-area values from a CSV into a layer in one transaction: every row is checked first, and
 * any bad value or unknown code refuses the whole file (unless unknown codes are allowed).
 */
export async function loadAreaValues(
  db: Db,
  load: AreaValuesLoad,
  kind: AreaValueKind,
): Promise<AreaValuesResult> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    if ((await findLayer(tx, load.layerId)) === null) throw notFound(`Boundary layer '${load.layerId}'`);
    const header = await stageAreaCsv(tx, load.file);
    const code = headerColumn(load.file, header, load.codeColumn, '--code-column');
    const columns = kind.columns.map((c) => ({
      ...c,
      column: headerColumn(load.file, header, c.column, c.option),
    }));
    await checkAreaValues(tx, load.file, header, code, columns);
    const coverage = await unknownCodes(tx, load.layerId, quoted(code, header));
    if (coverage.unknown > 0 && !load.allowUnknownCodes)
      throw fileProblem(
        load.file,
        `${coverage.unknown} area code(s) are not in layer ${load.layerId}, e.g. ` +
          `${coverage.unknownExamples.join(', ')} (add --allow-unknown-codes to load the others)`,
      );
    const numbers = columns.map((c, i) => sql`${wholeNumber(quoted(c.column, header))} as ${alias(i)}`);
    const values = sql`select trim(${quoted(code, header)}) as code, ${join(numbers, ', ')} from ${STAGED}
      where trim(${quoted(code, header)}) in (select code from area where layer_id = ${load.layerId})`;
    await kind.store(tx, load.layerId, values);
    const rows =
      (await tx.all<{ n: number }>(sql`select count(*)::integer as n from (${values})`))[0]?.n ?? 0;
    await tx.run(sql`delete from area_data_source where layer_id = ${load.layerId} and kind = ${kind.kind}`);
    await tx.run(sql`insert into area_data_source (layer_id, kind, file_name, value_column, areas)
      values (${load.layerId}, ${kind.kind}, ${path.basename(load.file)}, ${columns.map((c) => c.column).join(' | ')}, ${rows})`);
    await tx.run(sql`drop table if exists ${STAGED}`);
    await bumpDataVersion(tx, { rollupKept: true });
    return { layerId: load.layerId, rows, ...coverage, ms: Math.round(performance.now() - started) };
  });
}

// v0, v1, ...: the names AreaValueKind.store reads the checked values by.
const alias = (i: number): Sql => ({ text: `v${i}`, params: [] });
