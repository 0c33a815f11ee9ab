import { sql } from '../../db/sql.ts';
import type { AreaValueKind } from './load-area-values.ts';

/** Residents per area, the denominator of rates; a new load replaces the layer's populations. */
export const populationKind = (populationColumn: string): AreaValueKind => ({
  kind: 'population',
  columns: [{ column: populationColumn, option: '--population-column', min: 0, max: 100_000_000 }],
  store: async (tx, layerId, values) => {
    await tx.run(sql`update area set population = null where layer_id = ${layerId}`);
    await tx.run(sql`update area set population = v.v0 from (${values}) v
      where area.layer_id = ${layerId} and area.code = v.code`);
  },
});

/** Index of Multiple Deprivation rank (1 = most deprived) and decile per area; replaces the layer's. */
export const deprivationKind = (rankColumn: string, decileColumn: string): AreaValueKind => ({
  kind: 'deprivation',
  columns: [
    { column: rankColumn, option: '--rank-column', min: 1, max: 1_000_000 },
    { column: decileColumn, option: '--decile-column', min: 1, max: 10 },
  ],
  store: async (tx, layerId, values) => {
    await tx.run(sql`delete from area_deprivation where layer_id = ${layerId}`);
    await tx.run(sql`insert into area_deprivation (layer_id, area_code, imd_rank, imd_decile)
      select ${layerId}, code, v0, v1 from (${values})`);
  },
});
