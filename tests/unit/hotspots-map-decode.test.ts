import { describe, expect, it } from 'vitest';
import { bngToWgs84 as mapProjection } from '../../client/src/features/map/bng.ts';
import type { Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots } from '../../server/contract/hotspots-map.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';

/** An answer's cells only: the rest of the answer passes through untouched. */
const answer = (cells: Hotspots['cells']) => ({ method: 'gistar', cells }) as Hotspots;
// Kilometres as "degrees": every corner can be worked by hand.
const km = (e: number, n: number) => [e / 1000, n / 1000] as const;

describe('decodeHotspots', () => {
  it("rebuilds each cell's centre and box from its id alone", () => {
    const h = decodeHotspots(answer({ ids: ['100_4410_2580', '250_1765_1034'], counts: [3, 1] }), km);
    // 100 m cell (4410, 2580) spans 441,000-441,100 E by 258,000-258,100 N.
    expect(h.cells.easting).toEqual([441_050, 441_375]);
    expect(h.cells.northing).toEqual([258_050, 258_625]);
    // [south, west, north, east]; the 250 m cell (1765, 1034) spans 441,250-441,500 E, 258,500-258,750 N.
    expect(h.cells.bounds).toEqual([258, 441, 258.1, 441.1, 258.5, 441.25, 258.75, 441.5]);
    expect(h.cells.counts).toEqual([3, 1]);
  });

  it('projects a corner shared by neighbouring cells once, for both', () => {
    const asked: string[] = [];
    const counting = (e: number, n: number) => (asked.push(`${e},${n}`), km(e, n));
    // The north-east corner of the first cell is the south-west corner of the second.
    const h = decodeHotspots(answer({ ids: ['100_4410_2580', '100_4411_2581'], counts: [1, 2] }), counting);
    expect(h.cells.bounds).toEqual([258, 441, 258.1, 441.1, 258.1, 441.1, 258.2, 441.2]);
    expect(asked).toEqual(['441000,258000', '441100,258100', '441200,258200']);
  });

  it('spells out coded word columns, cell by cell', () => {
    const h = decodeHotspots(
      answer({
        ids: ['250_1_1', '250_2_1', '250_3_1'],
        counts: [5, 0, 9],
        classes: { keys: ['hot_99', 'not_significant'], codes: [0, 1, 0] },
        emerging: { keys: ['none', 'new_hot'], codes: [1, 0, 0] },
      }),
      km,
    );
    expect(h.cells.classes).toEqual(['hot_99', 'not_significant', 'hot_99']);
    expect(h.cells.emerging).toEqual(['new_hot', 'none', 'none']);
  });

  it('gives an empty answer empty columns', () => {
    const h = decodeHotspots(answer({ ids: [], counts: [] }), km);
    expect([h.cells.easting, h.cells.northing, h.cells.bounds]).toEqual([[], [], []]);
  });
});

describe("the map's own British National Grid projection", () => {
  it("places corners where the server's does, within a millimetre, across England and Wales", () => {
    for (const e of [150_000, 300_000, 441_000, 441_250, 600_000])
      for (const n of [50_000, 258_000, 258_750, 500_000, 900_000]) {
        const [lon, lat] = mapProjection(e, n);
        const [wantLon, wantLat] = bngToWgs84(e, n);
        // 1e-8 degrees is about 1 mm.
        expect(Math.abs(lon - wantLon), `${e} ${n}`).toBeLessThan(1e-8);
        expect(Math.abs(lat - wantLat), `${e} ${n}`).toBeLessThan(1e-8);
      }
  });

  it('puts a district centre in the Midlands, west of Greenwich and north of London', () => {
    const [lon, lat] = mapProjection(441_000, 258_000);
    expect(lon).toBeGreaterThan(-1.5);
    expect(lon).toBeLessThan(0);
    expect(lat).toBeGreaterThan(52);
    expect(lat).toBeLessThan(53);
  });
});
