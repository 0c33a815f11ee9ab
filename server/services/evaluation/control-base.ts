import type { ControlChoice } from '../../contract/evaluation.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { AreaIndex, geometryBox } from '../../geo/area-index.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import { findLayer, layerFeatures, listLayers } from '../../queries/boundaries.ts';
import { areasHoldingContactsOf } from '../../queries/evaluation/evaluated-problem.ts';
import type { LayerRow } from '../../queries/boundaries.ts';
import { defaultLayer } from '../board/board-scope.ts';
import { unionOf } from './zone-shapes.ts';

export interface ControlBase {
  geometry: AreaGeometry;
  /** What the control is, before target and buffer are taken out of it. */
  label: string;
}

const parse = (text: string) => JSON.parse(text) as AreaGeometry;

/**
 * The area the control is cut from. By default the areas of the board's default layer (districts) that
 * hold any of the target's contacts or the middle of its bounding box; else the area the user chose.
 */
export async function controlBase(
  db: Db,
  choice: ControlChoice,
  target: { layer: string; code: string; geometry: AreaGeometry },
): Promise<ControlBase> {
  if (choice.kind === 'area') {
    const layer = await findLayer(db, choice.layer);
    if (!layer)
      throw invalidInput('control.layer', `Invalid field 'control.layer': unknown layer '${choice.layer}'.`);
    const area = (await layerFeatures(db, choice.layer)).find((a) => a.code === choice.code);
    if (!area)
      throw invalidInput(
        'control.code',
        `Invalid field 'control.code': ${layer.name} has no area '${choice.code}'.`,
      );
    return { geometry: parse(area.geometry), label: `${area.name} (${layer.name})` };
  }
  const layer = controlLayer(await listLayers(db));
  if (!layer)
    throw invalidInput('control', "Invalid field 'control': no district layer is loaded to take it from.");
  const areas = (await layerFeatures(db, layer.id)).map((a) => ({ ...a, geometry: parse(a.geometry) }));
  const holding = new Set(await areasHoldingContactsOf(db, layer.id, target));
  const [x0, y0, x1, y1] = geometryBox(target.geometry);
  const middle = new AreaIndex(areas).inputAt((x0 + x1) / 2, (y0 + y1) / 2);
  if (middle >= 0) holding.add((areas[middle] as (typeof areas)[number]).code);
  const chosen = areas.filter((a) => holding.has(a.code));
  const geometry = unionOf(chosen.map((a) => a.geometry));
  if (!geometry)
    throw invalidInput(
      'control',
      `Invalid field 'control': the target lies outside every area of ${layer.name}.`,
    );
  return { geometry, label: `${chosen.map((a) => a.name).join(', ')} (${layer.name})` };
}

/**
 * A district layer even when it has one area (the rest of a one-district force is the natural control,
 * though the board cannot compare areas in it); else the board's default.
 */
function controlLayer(layers: readonly LayerRow[]): LayerRow | null {
  const district = layers.find((l) => l.areas > 0 && /district|csp/i.test(`${l.id} ${l.name}`));
  return district ?? defaultLayer(layers);
}
