import { HIDDEN_LAYER_PREFIXES } from '../contract/hidden-layers.ts';
import { join, sql, type Sql } from '../db/sql.ts';

const notHidden = (column: Sql): Sql =>
  sql`not (${join(
    HIDDEN_LAYER_PREFIXES.map((p) => sql`starts_with(${column}, ${p})`),
    ' or ',
  )})`;

/** True for a base (loaded, not hidden) layer: on `layer_id` of an area or contact_area row. */
export const BASE_LAYER_ID = notHidden(sql`layer_id`);
/** The same, on boundary_layer aliased `l`. */
export const BASE_LAYER_L = notHidden(sql`l.id`);
