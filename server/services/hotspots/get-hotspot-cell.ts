import { addMonths, monthStart } from '../../analytics/months.ts';
import { CELL_LIMITS, type HotspotCell } from '../../contract/hotspots.ts';
import { CATEGORY_LABEL, type Category } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { cellCategories, cellMonths } from '../../queries/hotspot-cell.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';

/** A cell's monthly trend and category mix under the filters, for the map's cell panel. */
export async function getHotspotCell(db: Db, id: string, { filters }: ResolvedFilters): Promise<HotspotCell> {
  const [cell, col, row] = id.split('_').map(Number) as [number, number, number];
  if (!(cell >= CELL_LIMITS.min && cell <= CELL_LIMITS.max)) {
    throw invalidInput(
      'id',
      `Invalid parameter 'id': the cell size must be ${CELL_LIMITS.min} to ${CELL_LIMITS.max} m.`,
    );
  }
  const lattice = { cell, col, row };
  const [months, categories] = await Promise.all([
    cellMonths(db, lattice, filters),
    cellCategories(db, lattice, filters),
  ]);
  const byMonth = new Map(months.map((m) => [m.month, m.contacts]));
  const series: HotspotCell['months'] = [];
  for (let m = monthStart(filters.from); m <= filters.to; m = addMonths(m, 1)) {
    series.push({ month: m.slice(0, 7), contacts: byMonth.get(m.slice(0, 7)) ?? 0 });
  }
  return {
    id,
    cell,
    centre: { easting: (col + 0.5) * cell, northing: (row + 0.5) * cell },
    period: { from: filters.from, to: filters.to },
    contacts: categories.reduce((sum, c) => sum + c.contacts, 0),
    months: series,
    categories: categories.map((c) => ({
      ...c,
      label: CATEGORY_LABEL[c.category as Category] ?? c.category,
    })),
  };
}
