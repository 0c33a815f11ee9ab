import turfArea from '@turf/area';
import kinks from '@turf/kinks';
import type { DrawnPolygon } from '../../contract/drawn-areas.ts';
import { AppError, invalidInput } from '../../errors.ts';

type Box = readonly [number, number, number, number];

// A drawing may run a little past the loaded boundaries (a border estate), not a county away.
const MARGIN = 0.1;
const MIN_AREA_M2 = 100;

/**
 * Checks what the schema cannot: the outline does not cross itself, encloses some ground, lies over
 * the loaded boundaries (grown by a margin) and is no larger than their extent. Returns its area in m².
 */
export function checkOutline(geometry: DrawnPolygon, extent: Box | null): number {
  if (!extent)
    throw new AppError('no_boundaries', 409, 'Load boundary layers before drawing areas on the map.');
  const crossings = kinks(geometry).features;
  const at = crossings[0]?.geometry.coordinates;
  if (at) {
    const where = `${(at[1] as number).toFixed(5)}, ${(at[0] as number).toFixed(5)}`;
    throw invalidInput('geometry', `Invalid field 'geometry': the outline crosses itself near ${where}.`);
  }
  const m2 = turfArea(geometry);
  if (m2 < MIN_AREA_M2)
    throw invalidInput('geometry', `Invalid field 'geometry': the outline encloses no ground.`);
  checkWithin(geometry, m2, extent);
  return m2;
}

function checkWithin(geometry: DrawnPolygon, m2: number, [x0, y0, x1, y1]: Box): void {
  const [dx, dy] = [(x1 - x0) * MARGIN, (y1 - y0) * MARGIN];
  const outside = (geometry.coordinates[0] ?? []).find(
    ([lon, lat]) => lon < x0 - dx || lon > x1 + dx || lat < y0 - dy || lat > y1 + dy,
  );
  if (outside) {
    const where = `${outside[1].toFixed(5)}, ${outside[0].toFixed(5)}`;
    throw invalidInput(
      'geometry',
      `Invalid field 'geometry': corner ${where} is outside the loaded boundaries.`,
    );
  }
  const box = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  if (m2 > turfArea({ type: 'Polygon', coordinates: [box] }))
    throw invalidInput(
      'geometry',
      `Invalid field 'geometry': the outline is larger than the whole mapped area.`,
    );
}
