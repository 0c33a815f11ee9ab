import type { Options } from '../contract/dashboard.ts';
import { CATEGORIES, CATEGORY_LABEL } from '../contract/taxonomy.ts';
import type { Db } from '../db/database.ts';
import { agencyContactCounts } from '../queries/agency-contacts.ts';
import { listLayers } from '../queries/boundaries.ts';

export interface MapSettings {
  tileUrl: string | undefined;
  tileAttribution: string | undefined;
}

/** What the filter bar and map offer: agencies, categories, loaded boundary layers, map tiles. */
export async function getOptions(db: Db, map: MapSettings): Promise<Options> {
  const [agencies, layers] = await Promise.all([agencyContactCounts(db), listLayers(db)]);
  return {
    agencies: agencies.map(({ code, name, kind, contacts }) => ({ code, name, kind, contacts })),
    categories: CATEGORIES.map((code) => ({ code, label: CATEGORY_LABEL[code] })),
    layers: layers.map(({ id, name, areas }) => ({ id, name, areas })),
    map: { tileUrl: map.tileUrl ?? null, tileAttribution: map.tileAttribution ?? null },
  };
}
