import pLimit, { type LimitFunction } from 'p-limit';
import type { Db } from '../../db/database.ts';

const lanes = new WeakMap<Db, LimitFunction>();

/**
 * The one lane for loads and removals on a database: DuckDB has one writer, and two loads at once
 * would fight over the same tables, so data changes from the Data page run one after another.
 */
export function writeLane(db: Db): LimitFunction {
  let lane = lanes.get(db);
  if (!lane) {
    lane = pLimit(1);
    lanes.set(db, lane);
  }
  return lane;
}
