import type { Executor } from '../db/database.ts';
import { deleteLookupCells, insertLookupCells } from '../queries/areas-admin.ts';
import { buildLookupCells, type LevelCells } from './cell-tree.ts';
import { layerAreas } from './layer-areas.ts';
import { withTempCsv } from './temp-csv.ts';

const LINES_PER_BLOCK = 50_000;

/**
 * Builds a layer's lookup cells from its stored areas and stores them, replacing any before (`replace`
 * false: the caller knows there are none).
 */
export async function storeLayerLookup(
  db: Executor,
  layerId: string,
  { replace = true } = {},
): Promise<{ cells: number }> {
  const areas = await layerAreas(db, layerId);
  const levels = buildLookupCells(areas);
  if (replace) await deleteLookupCells(db, layerId);
  await withTempCsv(
    (put) => writeCells(levels, put),
    (file) =>
      insertLookupCells(
        db,
        layerId,
        file,
        areas.map((a) => a.code),
      ),
  );
  return { cells: levels.reduce((n, l) => n + l.keys.length, 0) };
}

// Level by level, so each level's cells sit together for the per-level joins.
async function writeCells(
  levels: readonly LevelCells[],
  put: (text: string) => Promise<void>,
): Promise<void> {
  for (const { level, keys, areas } of levels)
    for (let start = 0; start < keys.length; start += LINES_PER_BLOCK) {
      let block = '';
      for (let i = start; i < Math.min(keys.length, start + LINES_PER_BLOCK); i++) {
        const area = areas[i] as number;
        block += `${level},${keys[i]},${area < 0 ? '' : area}\n`;
      }
      await put(block);
    }
}
