import type { Db } from '../../server/db/database.ts';
import type { Role } from '../../server/contract/auth.ts';
import type { ContactRecord } from '../../server/demo/contact-record.ts';
import { appendContacts } from '../../server/demo/contact-writer.ts';
import { polygonArea, type BoundaryLayer } from '../../server/geo/boundary.ts';
import { finishBatch, insertBatch } from '../../server/queries/batches.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { addBatchRollup } from '../../server/queries/contact-rollup.ts';
import { bumpDataVersion } from '../../server/queries/meta.ts';
import { startTestApp, testDb, type TestApp } from './test-app.ts';

/** A contact with plain defaults (police, noise, known day, ward W1); tests set what they count on. */
export function contact(
  id: number,
  o: Partial<Omit<ContactRecord, 'areas'>> & { receivedOn: string; ward?: string },
): ContactRecord {
  const { ward = 'W1', ...rest } = o;
  return {
    id,
    agencyCode: 'police',
    sourceRecordId: `T-${id}`,
    channel: 'phone_101',
    receivedAtMs: null,
    timePrecision: 'day',
    fromAtMs: null,
    toAtMs: null,
    category: 'noise',
    asbType: 'nuisance',
    lat: 52.2,
    lon: -1.4,
    easting: 441_000,
    northing: 258_000,
    locationRef: null,
    callerRef: null,
    vulnerable: false,
    status: 'closed',
    referralPartner: null,
    resolvedAtMs: null,
    slaTargetHours: null,
    ...rest,
    areas: [{ layerId: 'ward', code: ward }],
  };
}

const square = (x: number, y: number) =>
  [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y + 0.01],
  ] as const;

/** Two wards, W1 (1,000 residents) and W2 (2,000). */
export const FIXTURE_WARDS: BoundaryLayer = {
  id: 'ward',
  name: 'Wards',
  source: 'test',
  areas: [
    polygonArea({ code: 'W1', name: 'Ward One', population: 1_000 }, square(-1.41, 52.2)),
    polygonArea({ code: 'W2', name: 'Ward Two', population: 2_000 }, square(-1.4, 52.2)),
  ],
};

/** Stores boundary layers and contacts the way a load does: one batch, then a new data version. */
export async function insertFixture(
  db: Db,
  fixture: { layers?: readonly BoundaryLayer[]; contacts: readonly ContactRecord[] },
): Promise<void> {
  await db.transaction(async (tx, connection) => {
    for (const layer of fixture.layers ?? []) await insertBoundaryLayer(tx, layer);
    const batchId = await insertBatch(tx, { source: 'test', fileName: null, loadedBy: null });
    const n = await appendContacts(connection, batchId, fixture.contacts);
    await finishBatch(tx, batchId, { rowsRead: n, rowsLoaded: n });
    // As a loader does: the dashboard's whole months come from the rollup, odd days from the contacts.
    await addBatchRollup(tx, batchId);
    await bumpDataVersion(tx, { rollupKept: true });
  });
}

/**
 * Hand-counted: in Jan-Mar 2025 there are 5 contacts (ids 1-5): noise 3, rowdy 1, fly_tipping 1;
 * police 3, city_council 1, housing 1; ward W1 3, W2 2; one month-only (id 4). Jan-Mar 2024 has 2
 * (ids 6, 7). Id 8 falls on 2024-12-31, just before the period.
 */
export const HAND_CONTACTS: readonly ContactRecord[] = [
  contact(1, { receivedOn: '2025-01-10' }),
  contact(2, { receivedOn: '2025-01-20', category: 'rowdy' }),
  contact(3, { receivedOn: '2025-02-05', category: 'fly_tipping', agencyCode: 'city_council', ward: 'W2' }),
  contact(4, { receivedOn: '2025-03-01', timePrecision: 'month', agencyCode: 'housing', ward: 'W2' }),
  contact(5, { receivedOn: '2025-03-15' }),
  contact(6, { receivedOn: '2024-01-15' }),
  contact(7, { receivedOn: '2024-03-01', timePrecision: 'month', agencyCode: 'housing', ward: 'W2' }),
  contact(8, { receivedOn: '2024-12-31', category: 'vandalism' }),
];

/** The app over the hand-counted fixture, with a signed-in cookie for `role`; close() also closes its db. */
export async function startFixtureApp(
  role: Role,
): Promise<{ app: TestApp; cookie: string; close: () => Promise<void> }> {
  const db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: HAND_CONTACTS });
  const app = await startTestApp({ db });
  const close = async () => {
    await app.close();
    db.close();
  };
  return { app, cookie: await app.login(role), close };
}
