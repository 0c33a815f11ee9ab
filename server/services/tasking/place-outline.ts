import turfArea from '@turf/area';
import type { ProblemPlace } from '../../contract/tasking.ts';
import type { Executor } from '../../db/database.ts';
import { AppError, invalidInput } from '../../errors.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import { baseLayersExtent } from '../../queries/drawn-areas.ts';
import { placeArea } from '../../queries/tasking/place-area.ts';
import { checkOutline } from '../drawn-areas/check-outline.ts';
import { cellsOutline, type PlaceOutline } from './cells-outline.ts';

/** A problem's place as a WGS84 outline with a readable description and its area in m². */
export async function placeOutline(db: Executor, place: ProblemPlace): Promise<PlaceOutline> {
  if (place.kind === 'cells') return cellsOutline(place.cells);
  if (place.kind === 'area') {
    const area = await placeArea(db, place.layer, place.code);
    if (!area)
      throw invalidInput(
        'place.code',
        `Invalid field 'place.code': layer '${place.layer}' has no area '${place.code}'.`,
      );
    const geometry = JSON.parse(area.geometry) as AreaGeometry;
    return { geometry, label: area.name, areaM2: turfArea(geometry) };
  }
  const areaM2 = checkedOutline(place.geometry, await baseLayersExtent(db));
  const geometry: AreaGeometry = {
    type: 'Polygon',
    coordinates: place.geometry.coordinates.map((ring) => ring.map((p) => [p[0], p[1]] as number[])),
  };
  return { geometry, label: 'Outline drawn on the map', areaM2 };
}

// The drawn-area check names `geometry`; here the outline is the problem's `place.geometry`.
function checkedOutline(...args: Parameters<typeof checkOutline>): number {
  try {
    return checkOutline(...args);
  } catch (err) {
    if (!(err instanceof AppError) || err.options.parameter !== 'geometry') throw err;
    const message = err.message.replace("field 'geometry'", "field 'place.geometry'");
    throw invalidInput('place.geometry', message);
  }
}
