import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../server/contract/filters.ts';
import type { Db, Executor } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { agencyContactCounts } from '../../server/queries/agency-contacts.ts';
import { areaCounts, layerCount } from '../../server/queries/area-counts.ts';
import { areaCategoryCountsOf } from '../../server/queries/board-area-categories.ts';
import { categoryCounts } from '../../server/queries/category-counts.ts';
import { rebuildRollup, rollupCurrent } from '../../server/queries/contact-rollup.ts';
import { monthlyCounts } from '../../server/queries/monthly-counts.ts';
import { periodTotals } from '../../server/queries/period-totals.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { demoDbWithOutline, keptAndRebuilt, rollupChanges } from '../helpers/rollup-changes.ts';

let db: Db;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-rollup-'));
beforeAll(async () => {
  db = await demoDbWithOutline(20_000);
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

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

  const counted = (db: Executor) =>
    db.all(sql`select month::varchar as month, category, agency_code, combo,
      sum(contacts)::integer as contacts, sum(month_only)::integer as month_only
    from contact_rollup group by all order by all`);

  /** The rollup as kept equals the rollup counted again from every stored contact. */
  const inStep = async (slice?: number) => {
    const { kept, rebuilt } = await keptAndRebuilt(mdb, counted, slice);
    expect(await rollupCurrent(mdb)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  };

  it('after the demo load, an ingested file, its removal, a purge, and a boundary layer coming and going', async () => {
    await inStep();
    // Counted again in slices of 700 contacts and merged, it is the same.
    await inStep(700);
    await rollupChanges(mdb, dir, async (change) => {
      await inStep();
      if (change !== 'layer loaded') return;
      const beats = await mdb.all<{ n: number }>(
        sql`select count(*)::integer as n from contact_rollup where contains(combo, chr(30) || 'beat' || chr(31))`,
      );
      expect(beats[0]?.n).toBeGreaterThan(0);
    });
  }, 240_000);
});
