import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../server/contract/filters.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { assignAreas } from '../../server/geo/assign-areas.ts';
import { polygonArea } from '../../server/geo/boundary.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { removeBoundaryLayer } from '../../server/ingest/boundaries/remove-boundary-layer.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { DEFAULT_LINK } from '../../server/ingest/ingest-options.ts';
import { removeBatch } from '../../server/ingest/remove-batch.ts';
import { agencyContactCounts } from '../../server/queries/agency-contacts.ts';
import { areaCounts, layerCount } from '../../server/queries/area-counts.ts';
import { areaCategoryCountsOf } from '../../server/queries/board-area-categories.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { categoryCounts } from '../../server/queries/category-counts.ts';
import { rebuildRollup, rollupCurrent } from '../../server/queries/contact-rollup.ts';
import { monthlyCounts } from '../../server/queries/monthly-counts.ts';
import { periodTotals } from '../../server/queries/period-totals.ts';
import { purgeExpired } from '../../server/services/retention/purge-expired.ts';
import { setAgencyRetention } from '../../server/services/retention/set-retention.ts';
import { demoDb } from '../helpers/demo-db.ts';

let db: Db;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-rollup-'));
beforeAll(async () => {
  db = await demoDb(20_000);
  // A drawn outline is a hidden layer: not in the rollup, so a filter on it counts contacts directly.
  const drawn = { id: 'drawn_1', name: 'Drawn', source: 'test', areas: [box('D1', -1.4, 52.22, 0.03)] };
  await db.transaction(async (tx) => {
    await insertBoundaryLayer(tx, drawn);
    await assignAreas(tx, 'all', ['drawn_1']);
  });
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function box(code: string, lon: number, lat: number, d: number) {
  return polygonArea({ code, name: code, population: 1000 }, [
    [lon - d, lat - d],
    [lon + d, lat - d],
    [lon + d, lat + d],
    [lon - d, lat + d],
  ]);
}

/** Every figure the rollup serves, for one filter set. */
async function answers(f: Filters) {
  const lastYear = {
    ...f,
    from: `${Number(f.from.slice(0, 4)) - 1}${f.from.slice(4)}`,
    to: `${Number(f.to.slice(0, 4)) - 1}${f.to.slice(4)}`,
  };
  const byLayer = async (layer: string) => ({
    areas: await areaCounts(db, layer, f),
    whole: await layerCount(db, layer, f),
    board: await areaCategoryCountsOf(db, layer, f, lastYear),
  });
  const sortRows = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const small = await byLayer('small_area');
  const ward = await byLayer('ward');
  return {
    totals: await periodTotals(db, f),
    categories: await categoryCounts(db, f),
    months: await monthlyCounts(db, f, lastYear),
    small: { ...small, board: { now: sortRows(small.board.now), before: sortRows(small.board.before) } },
    ward: { ...ward, board: { now: sortRows(ward.board.now), before: sortRows(ward.board.before) } },
    drawn: await layerCount(db, 'drawn_1', f),
  };
}

/** The same answers counted from the contacts themselves: the rollup marked out of date. */
async function fromContacts<T>(fn: () => Promise<T>): Promise<T> {
  const [kept] = await db.all<{ v: string }>(
    sql`select value as v from app_meta where key = 'rollup_version'`,
  );
  const v = kept?.v ?? '';
  await db.run(sql`update app_meta set value = '-1' where key = 'rollup_version'`);
  db.markChanged();
  try {
    expect(await rollupCurrent(db)).toBe(false);
    return await fn();
  } finally {
    await db.run(sql`update app_meta set value = ${v} where key = 'rollup_version'`);
    db.markChanged();
  }
}

// Seeded choices: whole months, odd days, one day, a year, categories, agencies, areas of each kind.
function filterSets(): Filters[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  const sets: Filters[] = [
    { from: '2025-11-01', to: '2026-10-31', category: [], agency: [], area: null },
    {
      from: '2026-08-01',
      to: '2026-10-31',
      category: ['noise'],
      agency: [],
      area: { layer: 'ward', code: 'DW06' },
    },
    { from: '2025-11-17', to: '2026-10-03', category: [], agency: ['police'], area: null },
    { from: '2026-02-10', to: '2026-02-20', category: [], agency: [], area: null },
    {
      from: '2024-03-01',
      to: '2026-10-31',
      category: [],
      agency: [],
      area: { layer: 'drawn_1', code: 'D1' },
    },
  ];
  const areas = [
    null,
    { layer: 'ward', code: 'DW06' },
    { layer: 'district', code: 'DEMO' },
    { layer: 'small_area', code: 'DW10G' },
    { layer: 'drawn_1', code: 'D1' },
  ];
  for (let i = 0; i < 10; i++) {
    const from = day(
      2023 + Math.floor(rand() * 3),
      Math.floor(rand() * 12),
      rand() < 0.5 ? 1 : 1 + Math.floor(rand() * 28),
    );
    const to = day(
      Number(from.slice(0, 4)) + Math.floor(rand() * 2),
      Math.floor(rand() * 12),
      rand() < 0.5 ? 0 : 1 + Math.floor(rand() * 28),
    );
    sets.push({
      from: from < to ? from : to,
      to: from < to ? to : from,
      category: rand() < 0.5 ? [] : [pick(['noise', 'rowdy', 'vandalism', 'fly_tipping'])],
      agency: rand() < 0.6 ? [] : [pick(['police', 'city_council', 'housing'])],
      area: pick(areas),
    });
  }
  return sets;
}

describe('the contact rollup', () => {
  it('gives every dashboard figure exactly as counting the contacts does, for whole months and odd days', async () => {
    const sets = filterSets();
    const expected = await fromContacts(async () => Promise.all(sets.map(answers)));
    const got = await Promise.all(sets.map(answers));
    expect(await rollupCurrent(db)).toBe(true);
    for (const [i, f] of sets.entries()) expect({ f, ...got[i] }).toEqual({ f, ...expected[i] });
    // The options' contacts per agency too.
    const agencies = await fromContacts(() => agencyContactCounts(db));
    expect(await agencyContactCounts(db)).toEqual(agencies);
    expect(agencies.reduce((n, a) => n + a.contacts, 0)).toBe(20_000);
    // The sets hold something to count, inside and outside the drawn outline.
    expect(got[0]?.totals.contacts).toBeGreaterThan(1000);
    expect(got[4]?.totals.contacts).toBeGreaterThan(0);
  }, 120_000);

  it('counts a contact lying in two areas of one layer in both, as the contacts do', async () => {
    // Assignment gives each contact one area per layer; a layer of overlapping areas could give two.
    const [pick] = await db.all<{ id: number }>(sql`select min(contact_id)::double as id from contact_area
      where layer_id = 'ward' and area_code = 'DW06'`);
    const twice = sql`insert into contact_area values (${pick?.id ?? 0}, 'ward', 'DW01')`;
    await db.transaction(async (tx) => {
      await tx.run(twice);
      await rebuildRollup(tx);
    });
    try {
      const sets = filterSets().slice(0, 3);
      for (const code of ['DW01', 'DW06'])
        sets.push({
          from: '2023-05-01',
          to: '2026-10-31',
          category: [],
          agency: [],
          area: { layer: 'ward', code },
        });
      const expected = await fromContacts(async () => Promise.all(sets.map(answers)));
      const got = await Promise.all(sets.map(answers));
      expect(await rollupCurrent(db)).toBe(true);
      for (const [i, f] of sets.entries()) expect({ f, ...got[i] }).toEqual({ f, ...expected[i] });
      const [combo] = await db.all<{ n: number }>(sql`select count(*)::integer as n from contact_rollup
        where contains(combo, 'ward' || chr(31) || 'DW01') and contains(combo, 'ward' || chr(31) || 'DW06')`);
      expect(combo?.n).toBe(1);
    } finally {
      await db.transaction(async (tx) => {
        await tx.run(sql`delete from contact_area where contact_id = ${pick?.id ?? 0} and layer_id = 'ward'
          and area_code = 'DW01'`);
        await rebuildRollup(tx);
      });
    }
  }, 120_000);
});

describe('keeping the rollup in step', () => {
  let mdb: Db;
  beforeAll(async () => {
    mdb = await demoDb(5_000);
  }, 120_000);
  afterAll(() => mdb.close());

  const counted = sql`select month::varchar as month, category, agency_code, combo,
      sum(contacts)::integer as contacts, sum(month_only)::integer as month_only
    from contact_rollup group by all order by all`;

  /** The rollup as kept, and as counted again from every stored contact (in a transaction undone). */
  async function keptAndRecounted(slice?: number) {
    const kept = await mdb.all(counted);
    let recounted: unknown[] = [];
    await mdb
      .transaction(async (tx) => {
        await rebuildRollup(tx, slice);
        recounted = await tx.all(counted);
        throw new Error('undo');
      })
      .catch((e: unknown) => {
        if (!(e instanceof Error) || e.message !== 'undo') throw e;
      });
    return { kept, recounted, current: await rollupCurrent(mdb) };
  }

  const inStep = async (slice?: number) => {
    const { kept, recounted, current } = await keptAndRecounted(slice);
    expect(current).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(recounted);
  };

  /** Generated demo records from `from` to the end of October 2026, ingested as a file. */
  async function loadGenerated(name: string, records: number, seed: number, from: string) {
    const csv = path.join(dir, name);
    await generateCsv(fs.createWriteStream(csv), demoshireSite(), { records, seed, from, to: '2026-10-31' });
    return ingestFile(mdb, csv, {
      format: 'contacts',
      onError: 'reject-file',
      user: 'test',
      link: DEFAULT_LINK,
    });
  }

  it('after the demo load, an ingested file, its removal, a purge, and a boundary layer coming and going', async () => {
    await inStep();
    // Counted again in slices of 700 contacts and merged, it is the same.
    await inStep(700);
    const report = await loadGenerated('more.csv', 3_000, 99, '2024-01-01');
    expect(report.outcome).toBe('loaded');
    await inStep();

    const again = await loadGenerated('second.csv', 2_000, 100, '2025-01-01');
    if (again.outcome !== 'loaded' || again.batchId === null) throw new Error(`not loaded: ${again.outcome}`);
    await removeBatch(mdb, again.batchId);
    await inStep();

    await setAgencyRetention(mdb, 'police', 24);
    const purged = await purgeExpired(mdb, { asOf: '2026-11-15', dryRun: false });
    expect(purged.agencies.find((a) => a.agency === 'police')?.contacts).toBeGreaterThan(0);
    await inStep();

    const geojson = path.join(dir, 'beats.geojson');
    const feature = (code: string, lon: number) => ({
      type: 'Feature',
      properties: { code, name: `Beat ${code}` },
      geometry: box(code, lon, 52.22, 0.05).geometry,
    });
    fs.writeFileSync(
      geojson,
      JSON.stringify({ type: 'FeatureCollection', features: [feature('B1', -1.45), feature('B2', -1.35)] }),
    );
    await loadBoundaryLayer(mdb, {
      file: geojson,
      codeProperty: 'code',
      nameProperty: 'name',
      layerId: 'beat',
      name: 'Beats',
    });
    await inStep();
    const beats = await mdb.all<{ n: number }>(
      sql`select count(*)::integer as n from contact_rollup where contains(combo, chr(30) || 'beat' || chr(31))`,
    );
    expect(beats[0]?.n).toBeGreaterThan(0);
    await removeBoundaryLayer(mdb, 'beat');
    await inStep();
  }, 240_000);
});
