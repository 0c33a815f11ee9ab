import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { PlantedTruth } from '../../contract/planted-truth.ts';

export async function saveTruth(db: Executor, batchId: number, truth: PlantedTruth): Promise<void> {
  await db.run(
    sql`insert into planted_truth (batch_id, truth) values (${batchId}, ${JSON.stringify(truth)})`,
  );
}

/** What the latest generated batch planted (the demo's, on a demo database), or null if none was generated. */
export async function latestTruth(db: Executor): Promise<PlantedTruth | null> {
  const rows = await db.all<{ truth: string }>(
    sql`select truth::varchar as truth from planted_truth order by batch_id desc limit 1`,
  );
  const row = rows[0];
  return row ? PlantedTruth.parse(JSON.parse(row.truth)) : null;
}
