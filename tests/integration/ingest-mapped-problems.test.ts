import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { ingestFiles } from '../../server/ingest/ingest-files.ts';
import { checkProfile, readMappingProfile } from '../../server/ingest/mapped/read-profile.ts';
import { EXAMPLES, options, storedState, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
const COUNCIL = path.join(EXAMPLES, 'council-crm-export.csv');
const COUNCIL_PROFILE = path.join(EXAMPLES, 'council-crm-profile.json');
const mapped = (profilePath: string, o = {}) => ({ ...options(o), format: 'mapped' as const, profilePath });
const load = async (db: Db, file: string, profilePath: string, o = {}) => {
  const [r] = await ingestFiles(db, [file], mapped(profilePath, o));
  if (!r) throw new Error('no report');
  return r;
};

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest --format mapped: what the profile does not cover', () => {
  const council = fs.readFileSync(COUNCIL, 'utf8');

  it('lists source values the profile does not map, never guesses them, and rejects the file', async () => {
    const file = writeFile(
      dir,
      'unmapped.csv',
      council
        .replace(/ENV\//g, 'U/')
        .replace(/,Graffiti,/, ',Dog Fouling,')
        .replace(/,Email,/, ',Fax,'),
    );
    const before = await storedState(db);
    const r = await load(db, file, COUNCIL_PROFILE);
    expect(r.outcome).toBe('rejected');
    expect(r.unmapped).toEqual([
      { column: 'How Received', value: 'Fax', rows: 1 },
      { column: 'Problem Type', value: 'Dog Fouling', rows: 1 },
    ]);
    expect(r.problems).toEqual([
      {
        line: 4,
        column: 'How Received',
        value: 'Fax',
        reason: "not in the profile's channels map (add it there)",
      },
      {
        line: 4,
        column: 'Problem Type',
        value: 'Dog Fouling',
        reason: "not in the profile's categories map (add it there)",
      },
    ]);
    expect(await storedState(db)).toEqual(before);
  });

  it("names a date that does not match the profile's format", async () => {
    const file = writeFile(
      dir,
      'dates.csv',
      council.replace(/ENV\//g, 'D/').replace('12/03/2024 14:03', '2024-03-12 14:03'),
    );
    const r = await load(db, file, COUNCIL_PROFILE, { onError: 'set-aside' });
    expect(r.counts).toMatchObject({ read: 8, loaded: 7, rejected: 1 });
    expect(r.problems).toEqual([
      {
        line: 4,
        column: 'Date Logged',
        value: '2024-03-12 14:03',
        reason: "does not match the profile's date format %d/%m/%Y %H:%M",
      },
    ]);
  });

  it('refuses a file that lacks a column the profile names', async () => {
    const file = writeFile(dir, 'no-ward.csv', council.replace('Case Ref,', 'Reference,'));
    const r = await load(db, file, COUNCIL_PROFILE);
    expect(r.problems[0]).toMatchObject({ line: 1, column: 'Case Ref' });
    expect(r.message).toMatch(
      /^line 1: the profile "council-crm" names column\(s\) "Case Ref" that the file lacks/,
    );
  });

  it('validates a profile: its shape with zod, then its agency, time zone and formats against the database', async () => {
    const base = JSON.parse(fs.readFileSync(COUNCIL_PROFILE, 'utf8')) as Record<string, unknown>;
    const bad = writeFile(
      dir,
      'bad-profile.json',
      JSON.stringify({ ...base, categories: { Graffiti: 'graffiti' }, coordinates: { system: 'osgb' } }),
    );
    expect(() => readMappingProfile(bad)).toThrow(
      /^mapping profile bad-profile\.json: coordinates\.system: .*categories\.Graffiti: /,
    );
    const unknown = writeFile(dir, 'agency-profile.json', JSON.stringify({ ...base, agency: 'parish' }));
    await expect(checkProfile(db, unknown, readMappingProfile(unknown))).rejects.toThrow(
      'agency "parish" is not a known agency code',
    );
    const zone = writeFile(
      dir,
      'zone-profile.json',
      JSON.stringify({ ...base, dates: { format: '%d/%m/%Y', timeZone: 'Mars/Olympus' } }),
    );
    await expect(checkProfile(db, zone, readMappingProfile(zone))).rejects.toThrow(
      '"Mars/Olympus" is not a known time zone',
    );
  });
});
