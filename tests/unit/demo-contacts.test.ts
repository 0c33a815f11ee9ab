import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point, polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { generateDemoContacts } from '../../server/demo/demo-contacts.ts';
import { demoBoundaryLayers } from '../../server/demo/demo-layers.ts';
import { DEMO_CATEGORIES } from '../../server/demo/demo-profiles.ts';
import { DEMO_AGENCIES } from '../../server/demo/demo-users.ts';
import { buildDemoWorld } from '../../server/demo/demo-world.ts';
import type { ContactRecord } from '../../server/demo/contact-record.ts';

const SEED = 20240401;
const world = buildDemoWorld(SEED);
const records = [...generateDemoContacts(world, { count: 20_000, seed: SEED, firstId: 1 })];

const countBy = (rows: readonly ContactRecord[], key: (r: ContactRecord) => string) => {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
};
const countOf = (counts: Map<string, number>, key: string) => counts.get(key) ?? 0;

describe('demo contacts', () => {
  it('are identical for the same seed and differ for another', () => {
    const again = [...generateDemoContacts(buildDemoWorld(SEED), { count: 2_000, seed: SEED, firstId: 1 })];
    expect(again).toEqual(records.slice(0, 2_000));
    const other = [
      ...generateDemoContacts(buildDemoWorld(SEED + 1), { count: 2_000, seed: SEED + 1, firstId: 1 }),
    ];
    expect(other.filter((r, i) => r.receivedOn === records[i]?.receivedOn).length).toBeLessThan(100);
  });

  it('run from May 2023 to the end of October 2026 whatever the date today', () => {
    expect(world.calendar).toMatchObject({ start: '2023-05-01', end: '2026-10-31' });
    const outside = records.filter((r) => r.receivedOn < '2023-05-01' || r.receivedOn > '2026-10-31');
    expect(outside).toEqual([]);
  });

  it('number ids from firstId and cover every category and every receiving demo agency', () => {
    expect(records.map((r) => r.id)).toEqual(records.map((_, i) => i + 1));
    expect([...countBy(records, (r) => r.category).keys()].sort()).toEqual([...DEMO_CATEGORIES].sort());
    const agencies = new Set(DEMO_AGENCIES.map((a) => a.code));
    for (const code of countBy(records, (r) => r.agencyCode).keys()) expect(agencies.has(code)).toBe(true);
    expect(countBy(records, (r) => r.agencyCode).size).toBe(5);
  });

  it('record month-only contacts on the first of the month with no time', () => {
    const monthOnly = records.filter((r) => r.timePrecision === 'month');
    expect(monthOnly.length).toBeGreaterThan(300);
    for (const r of monthOnly) {
      expect(r.receivedOn.endsWith('-01')).toBe(true);
      expect(r.receivedAtMs).toBeNull();
    }
  });

  it('place every point inside the stored polygon of each area it is tagged with', () => {
    const polygons = new Map<string, ReturnType<typeof polygon>>();
    for (const layer of demoBoundaryLayers(world.geography))
      for (const a of layer.areas)
        polygons.set(`${layer.id}:${a.code}`, polygon(a.geometry.coordinates as number[][][]));
    for (const r of records.slice(0, 5_000)) {
      for (const a of r.areas) {
        const area = polygons.get(`${a.layerId}:${a.code}`);
        const inside = area !== undefined && booleanPointInPolygon(point([r.lon, r.lat]), area);
        expect(inside, `contact ${r.id} in ${a.layerId} ${a.code}`).toBe(true);
      }
    }
  });

  it('peak in summer and spike over Halloween and Bonfire night', () => {
    const months = countBy(records, (r) => r.receivedOn.slice(5, 7));
    expect(countOf(months, '07') + countOf(months, '08')).toBeGreaterThan(
      1.2 * (countOf(months, '01') + countOf(months, '02')),
    );
    const vandalism = records.filter((r) => r.category === 'vandalism' && r.timePrecision !== 'month');
    const inAutumn = vandalism.filter((r) => /-(10|11)-/.test(r.receivedOn));
    const spike = inAutumn.filter((r) => /-(10-(2[89]|3[01])|11-0[1-6])$/.test(r.receivedOn)).length;
    // Octobers 2023-2026 and Novembers 2023-2025: 34 spike days, 180 other autumn days.
    const perSpikeDay = spike / 34;
    const perOtherDay = (inAutumn.length - spike) / 180;
    expect(perSpikeDay).toBeGreaterThan(2.5 * perOtherDay);
  });

  it('concentrate rowdy contacts in the planted town-centre hotspot', () => {
    const rowdy = countBy(
      records.filter((r) => r.category === 'rowdy'),
      (r) => r.areas[0]?.code ?? '',
    );
    const [top] = [...rowdy.entries()].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe(world.hotspots.townCentre);
  });

  it('repeat some locations and callers', () => {
    const locations = [...countBy(records, (r) => r.locationRef ?? '').values()];
    const callers = [
      ...countBy(
        records.filter((r) => r.callerRef !== null),
        (r) => r.callerRef ?? '',
      ).values(),
    ];
    expect(Math.max(...locations)).toBeGreaterThanOrEqual(10);
    expect(callers.filter((n) => n >= 3).length).toBeGreaterThan(50);
  });

  it('close only what was resolved before the extract, within a sane time', () => {
    const resolved = records.flatMap((r) => (r.resolvedAtMs === null ? [] : [{ ...r, at: r.resolvedAtMs }]));
    const outOfOrder = resolved.filter(
      (r) => r.at > world.referenceMs || r.at <= Date.parse(`${r.receivedOn}T00:00:00Z`),
    );
    expect(resolved.length).toBeGreaterThan(10_000);
    expect(outOfOrder.map((r) => r.id)).toEqual([]);
    expect(records.some((r) => r.status === 'open')).toBe(true);
    expect(records.filter((r) => r.vulnerable).length / records.length).toBeGreaterThan(0.03);
  });
});
