import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { purgeExpired } from '../../server/services/retention/purge-expired.ts';
import { setAgencyRetention } from '../../server/services/retention/set-retention.ts';
import { demoDb } from '../helpers/demo-db.ts';

// The demo runs from May 2023 to October 2026. As of 15 November 2026, 24 months keeps October 2024 on
// (cutoff 1 November 2024) and 36 months keeps November 2023 on: worked out by hand, not by the code.
const AS_OF = '2026-11-15';
const CUTOFF = { police: '2024-11-01', housing: '2023-11-01' } as const;

let db: Db;
beforeAll(async () => {
  db = await demoDb(20_000);
}, 120_000);
afterAll(() => db.close());

const n = async (q: ReturnType<typeof sql>) => (await db.all<{ n: number }>(q))[0]?.n ?? -1;

/** Per agency: contacts, their personal and area rows, and a checksum of the ids kept. */
const perAgency = async () =>
  Object.fromEntries(
    (
      await db.all<{ agency: string; contacts: number; personal: number; areas: number; ids: number }>(sql`
        select c.agency_code as agency, count(*)::double as contacts,
          count(p.contact_id)::double as personal,
          coalesce(sum((select count(*) from contact_area a where a.contact_id = c.id)), 0)::double as areas,
          sum(c.id)::double as ids
        from contact c left join contact_personal p on p.contact_id = c.id group by c.agency_code`)
    ).map((r) => [r.agency, r]),
  );

/** What should go, counted independently of the purge's own SQL: one agency, received before its cutoff. */
const dueCount = (agency: string, cutoff: string) =>
  n(
    sql`select count(*)::double as n from contact where agency_code = ${agency} and received_on < ${cutoff}::date`,
  );

const snapshot = async () => ({
  agencies: await perAgency(),
  links: await n(sql`select count(*)::double as n from contact where incident_id is not null`),
  version: await n(sql`select value::double as n from app_meta where key = 'data_version'`),
  audit: await n(sql`select count(*)::double as n from audit_log`),
});

describe('icsb purge (retention per agency)', () => {
  it('sets retention for two agencies and records each change', async () => {
    await setAgencyRetention(db, 'police', 24);
    await setAgencyRetention(db, 'housing', 36);
    const rows = await db.all<{ detail: string }>(
      sql`select detail from audit_log where action = 'retention_change' order by id`,
    );
    expect(rows.map((r) => r.detail)).toEqual([
      'command line: contacts of police kept 24 months',
      'command line: contacts of housing kept 36 months',
    ]);
    await expect(setAgencyRetention(db, 'no_such_agency', 12)).rejects.toThrow(/not found/);
  });

  it('a dry run counts what would go and changes nothing', async () => {
    const before = await snapshot();
    const dry = await purgeExpired(db, { asOf: AS_OF, dryRun: true });
    expect(dry.agencies.map((a) => [a.agency, a.cutoff])).toEqual([
      ['housing', CUTOFF.housing],
      ['police', CUTOFF.police],
    ]);
    expect(dry.agencies.find((a) => a.agency === 'police')?.contacts).toBe(
      await dueCount('police', CUTOFF.police),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('removes exactly the expired contacts with their derived rows, nothing of another agency', async () => {
    const before = await perAgency();
    const due = {
      police: await dueCount('police', CUTOFF.police),
      housing: await dueCount('housing', CUTOFF.housing),
    };
    expect(due.police).toBeGreaterThan(1000);
    expect(due.housing).toBeGreaterThan(0);
    const linkedBefore = await n(
      sql`select count(*)::double as n from contact where incident_id is not null`,
    );
    expect(linkedBefore).toBeGreaterThan(0);

    const r = await purgeExpired(db, { asOf: AS_OF, dryRun: false });
    const after = await perAgency();
    expect(after.police?.contacts).toBe((before.police?.contacts ?? 0) - due.police);
    expect(after.housing?.contacts).toBe((before.housing?.contacts ?? 0) - due.housing);
    for (const agency of ['fire', 'city_council', 'district_council', 'borough_council'])
      expect(after[agency], agency).toEqual(before[agency]);
    // Police and the councils report the same incidents, so some kept reports lose a partner and are relinked.
    expect(r.relinked).toBeGreaterThan(0);
    expect(r.agencies.map((a) => [a.agency, a.contacts])).toEqual([
      ['housing', due.housing],
      ['police', due.police],
    ]);
    expect(await dueCount('police', CUTOFF.police)).toBe(0);
    expect(
      await n(sql`select count(*)::double as n from contact where agency_code = 'police'
      and received_on >= ${CUTOFF.police}::date`),
    ).toBe(after.police?.contacts);
    const removedPersonal = (before.police?.personal ?? 0) - (after.police?.personal ?? 0);
    expect(r.agencies.find((a) => a.agency === 'police')?.personal).toBe(removedPersonal);
    const orphans = (table: string) =>
      n(sql`select count(*)::double as n from ${{ text: table, params: [] }} t
        where not exists (select 1 from contact c where c.id = t.contact_id)`);
    expect(await orphans('contact_personal')).toBe(0);
    expect(await orphans('contact_area')).toBe(0);
    expect(await orphans('contact_source_area')).toBe(0);
  });

  it('leaves the remaining links consistent: every incident id is the smallest id among two or more reports', async () => {
    const bad = await n(sql`select count(*)::double as n from (
        select incident_id, min(id) as first, count(*) as reports from contact
        where incident_id is not null group by incident_id)
      where first <> incident_id or reports < 2`);
    expect(bad).toBe(0);
  });

  it('records the purge in the audit log with the counts per agency', async () => {
    const rows = await db.all<{ detail: string; username: string | null }>(
      sql`select detail, username from audit_log where action = 'purge'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.username).toBeNull();
    expect(rows[0]?.detail).toMatch(
      /^command line: purge as of 2026-11-15: housing: [\d,]+ contacts received before 2023-11-01/,
    );
    expect(rows[0]?.detail).toMatch(
      /police: [\d,]+ contacts received before 2024-11-01 \(personal [\d,]+, area rows [\d,]+, linked [\d,]+\)/,
    );
  });

  it('a second purge on the same day finds nothing more', async () => {
    const r = await purgeExpired(db, { asOf: AS_OF, dryRun: false });
    expect(r.agencies.map((a) => a.contacts)).toEqual([0, 0]);
  });
});
