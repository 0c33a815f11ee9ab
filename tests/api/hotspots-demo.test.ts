import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlantedHotspot } from '../../server/contract/planted-truth.ts';
import { flagTop, mapAccuracy } from '../../server/analytics/hotspot/map-accuracy.ts';
import { HotspotAccuracy, Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots, type HotspotMap } from '../../server/contract/hotspots-map.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import { latestTruth } from '../../server/generate/store/truth-store.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let cookie: string;
let planted: readonly PlantedHotspot[];
beforeAll(async () => {
  app = await startTestApp({ db: await demoDb(5_000) });
  cookie = await app.login('analyst');
  planted = (await latestTruth(app.db))?.hotspots ?? [];
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const hotspots = async (query: string) => {
  const res = await app.request(`/api/hotspots?${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return decodeHotspots(Hotspots.parse(await res.json()), bngToWgs84);
};

/** The class of the cell holding a planted hotspot's centre. */
const classAt = (h: HotspotMap, spot: PlantedHotspot) => {
  const { easting, northing } = spot.centre;
  const half = h.parameters.cell / 2;
  const i = h.cells.ids.findIndex(
    (_, k) =>
      Math.abs((h.cells.easting[k] as number) - easting) <= half &&
      Math.abs((h.cells.northing[k] as number) - northing) <= half,
  );
  return h.cells.classes?.[i];
};

describe('GET /api/hotspots over the demo data', () => {
  it('finds the planted town centre and estate as 99% hot cells', async () => {
    const [town, estate] = planted;
    expect(town?.name).toMatch(/town centre/i);
    expect(estate?.name).toMatch(/estate/i);
    const h = await hotspots('method=gistar');
    expect(h.studyArea).toMatchObject({ source: 'boundaries', layer: 'district' });
    expect(h.parameters.transform).toBe('anscombe');
    expect(classAt(h, town as PlantedHotspot)).toBe('hot_99');
    expect(classAt(h, estate as PlantedHotspot)).toBe('hot_99');
  });

  it('finds each hotspot in its own categories: rowdy and drugs in town, fly-tipping on the estate', async () => {
    const [town, estate] = planted as [PlantedHotspot, PlantedHotspot];
    const nightlife = await hotspots('method=gistar&category=rowdy,drugs');
    expect(classAt(nightlife, town)).toBe('hot_99');
    const tipping = await hotspots('method=gistar&category=fly_tipping&from=2024-11-01');
    expect(classAt(tipping, estate)).toBe('hot_99');
  });

  it('keeps the default answer small: only cells with contacts or a significant class', async () => {
    const some = await hotspots('method=gistar');
    const all = await hotspots('method=gistar&all=true');
    expect(all.cells.ids).toHaveLength(all.studyArea.cells);
    expect(some.cells.ids.length).toBeLessThan(all.cells.ids.length / 3);
    const shown = some.cells.ids.every(
      (_, i) => (some.cells.counts[i] as number) > 0 || some.cells.classes?.[i] !== 'not_significant',
    );
    expect(shown).toBe(true);
    expect(some.cells.counts.reduce((a, b) => a + b, 0)).toBe(all.summary.contacts);
  });

  it('measures PAI and PEI of a count map of the year before against this year, as the pure statistics do', async () => {
    const res = await app.request('/api/hotspots/accuracy?method=grid&top=0.05', { cookie });
    expect(res.status, await res.clone().text()).toBe(200);
    const acc = HotspotAccuracy.parse(await res.json());
    expect(acc.training).toEqual({ from: '2024-11-01', to: '2025-10-31' });
    expect(acc.test).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    const train = await hotspots('method=grid&all=true&from=2024-11-01&to=2025-10-31');
    const test = await hotspots('method=grid&all=true');
    const flagged = flagTop(train.cells.counts, 0.05);
    const want = mapAccuracy({ test: test.cells.counts, flagged });
    expect(acc.flaggedCells).toBe(Math.round(0.05 * train.cells.ids.length));
    expect(acc.pai).toBeCloseTo(want.pai, 10);
    expect(acc.pei).toBeCloseTo(want.pei, 10);
    // The planted hotspots last all through the data, so last year's busiest cells predict this year's.
    expect(acc.pai).toBeGreaterThan(3);
  });

  it('flags Gi* hot cells at 95% or more when measuring a Gi* map, and checks top', async () => {
    const res = await app.request('/api/hotspots/accuracy?method=gistar', { cookie });
    const acc = HotspotAccuracy.parse(await res.json());
    expect(acc.top).toBeNull();
    expect(acc.pai).toBeGreaterThan(3);
    expect(acc.pei).toBeGreaterThan(0);
    expect(acc.pei).toBeLessThanOrEqual(1);
    const bad = await app.request('/api/hotspots/accuracy?top=0.9', { cookie });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('top');
  });

  it('calls the planted hotspots persistent and finds the planted emerging one growing', async () => {
    const h = await hotspots('method=emerging');
    const truth = await latestTruth(app.db);
    const [town, estate] = planted as [PlantedHotspot, PlantedHotspot];
    const patternAt = (e: number, n: number) => {
      const i = h.cells.ids.findIndex(
        (_, k) =>
          Math.abs((h.cells.easting[k] as number) - e) <= 125 &&
          Math.abs((h.cells.northing[k] as number) - n) <= 125,
      );
      return h.cells.emerging?.[i];
    };
    expect(patternAt(town.centre.easting, town.centre.northing)).toBe('persistent_hot');
    expect(patternAt(estate.centre.easting, estate.centre.northing)).toBe('persistent_hot');
    const growing = truth?.emergingHotspot;
    if (!growing) throw new Error('the demo plants an emerging hotspot');
    const near = h.cells.ids.flatMap((_, i) =>
      Math.hypot(
        (h.cells.easting[i] as number) - growing.centre.easting,
        (h.cells.northing[i] as number) - growing.centre.northing,
      ) < growing.radiusM
        ? [h.cells.emerging?.[i]]
        : [],
    );
    // Over the last 12 months the planted hotspot ramps up from its start: new or intensifying, as planted.
    expect(near.some((p) => p === 'intensifying_hot' || p === 'new_hot')).toBe(true);
    expect(h.cells.trendZ).toHaveLength(h.cells.ids.length);
  });
});
