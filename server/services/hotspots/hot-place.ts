import { CATEGORY_LABEL, type Category } from '../../contract/taxonomy.ts';
import type { HotPlace } from '../../contract/hotspots.ts';
import type { PlaceRow } from '../../queries/place-counts.ts';

// data.police.uk refs are "52.622998,-1.218983 On or near Boyers Walk": the street is what a reader knows.
const LEADING_POINT = /^\s*-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?\s+/;

export const categoryLabel = (code: string): string => CATEGORY_LABEL[code as Category] ?? code;

/** A place row as the API gives it, with a readable label and positions rounded to about 1 m. */
export function hotPlace(r: PlaceRow): HotPlace {
  const label = r.ref.replace(LEADING_POINT, '').trim();
  return {
    ref: r.ref,
    label: label === '' ? r.ref : label,
    contacts: r.contacts,
    months: r.months,
    topCategory: { category: r.top_category, label: categoryLabel(r.top_category) },
    lat: r.lat === null ? null : Number(r.lat.toFixed(6)),
    lon: r.lon === null ? null : Number(r.lon.toFixed(6)),
  };
}
