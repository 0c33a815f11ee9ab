import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import { STAGED } from './stage-area-csv.ts';

export interface CodeCoverage {
  /** File rows whose code the layer does not have. */
  unknown: number;
  unknownExamples: string[];
  /** Areas of the layer the file gave no value for. */
  missing: number;
  missingExamples: string[];
}

const EXAMPLES = 5;

/** Compares the staged file's codes with the layer's: codes unknown to the layer, areas the file lacks. */
export async function unknownCodes(tx: Executor, layerId: string, code: Sql): Promise<CodeCoverage> {
  const [u] = await tx.all<{ n: number; examples: string[] }>(sql`select count(*)::integer as n,
      (list(c order by c))[1:${EXAMPLES}] as examples
    from (select trim(${code}) as c from ${STAGED}) where c not in (select code from area where layer_id = ${layerId})`);
  const [m] = await tx.all<{ n: number; examples: string[] }>(sql`select count(*)::integer as n,
      (list(code order by code))[1:${EXAMPLES}] as examples
    from area where layer_id = ${layerId} and code not in (select trim(${code}) from ${STAGED})`);
  return {
    unknown: u?.n ?? 0,
    unknownExamples: u?.examples ?? [],
    missing: m?.n ?? 0,
    missingExamples: m?.examples ?? [],
  };
}
