import { CATEGORY_LABEL, type Category } from '../../contract/taxonomy.ts';
import type { Split } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { trendAreaNames } from '../../queries/trend-area-names.ts';

const FIXED: Record<string, string> = {
  other: 'All others',
  none: 'In no area of the layer',
  personal: 'Personal',
  nuisance: 'Nuisance',
  environmental: 'Environmental',
};

/** Names for the split values: category labels, agency and area names; the code where none is known. */
export async function seriesLabels(db: Db, split: Split): Promise<(key: string) => string> {
  let names = new Map<string, string>();
  if (split.kind === 'category') names = new Map(Object.entries(CATEGORY_LABEL as Record<Category, string>));
  if (split.kind === 'agency') names = new Map((await listAgencies(db)).map((a) => [a.code, a.name]));
  if (split.kind === 'area') names = await trendAreaNames(db, split.layer);
  return (key) => names.get(key) ?? FIXED[key] ?? key;
}
