import type { Db } from '../../db/database.ts';
import { rebuildRollup, rollupCurrent } from '../../queries/contact-rollup.ts';

/**
 * Rebuilds the dashboard's rollup when a change left it behind (one made by an older version, say);
 * until then the dashboard counts contacts directly, so answers are right either way, only slower.
 */
export async function ensureRollup(db: Db): Promise<boolean> {
  if (await rollupCurrent(db)) return false;
  await db.transaction((tx) => rebuildRollup(tx));
  return true;
}
