import { describe, expect, it } from 'vitest';
import {
  inForce,
  mayViewRecords,
  personalState,
  revealGrant,
  type AgreementTerms,
  type Viewer,
} from '../../server/services/records/access-policy.ts';

const TODAY = '2026-06-15';
const agreement = (o: Partial<AgreementTerms> = {}): AgreementTerms => ({
  fromAgency: 'police',
  toAgency: 'city_council',
  categories: [],
  starts: '2026-01-01',
  ends: null,
  ...o,
});
const council: Viewer = { role: 'analyst', agency: 'city_council' };
const state = (
  agreements: AgreementTerms[],
  record: { agency: string; category: string },
  viewer = council,
) => personalState(revealGrant(viewer, agreements, TODAY), record);

describe('who may list records', () => {
  it('lets analysts, JAG members and admins list records, never the board', () => {
    expect(mayViewRecords('analyst')).toBe(true);
    expect(mayViewRecords('tasking')).toBe(true);
    expect(mayViewRecords('admin')).toBe(true);
    expect(mayViewRecords('board')).toBe(false);
  });
});

describe('when an agreement is in force', () => {
  it('counts the first and the last day, and an open end', () => {
    expect(inForce({ starts: TODAY, ends: TODAY }, TODAY)).toBe(true);
    expect(inForce({ starts: '2026-06-16', ends: null }, TODAY)).toBe(false);
    expect(inForce({ starts: '2020-01-01', ends: '2026-06-14' }, TODAY)).toBe(false);
    expect(inForce({ starts: '2020-01-01', ends: null }, TODAY)).toBe(true);
  });
});

describe('personal fields', () => {
  const police = { agency: 'police', category: 'noise' };

  it('are available for the own agency and redacted for a partner without an agreement', () => {
    expect(state([], { agency: 'city_council', category: 'noise' })).toBe('available');
    expect(state([], police)).toBe('redacted');
  });

  it('open under an agreement in force for all categories or for the record category only', () => {
    expect(state([agreement()], police)).toBe('available');
    expect(state([agreement({ categories: ['noise'] })], police)).toBe('available');
    expect(state([agreement({ categories: ['rowdy'] })], police)).toBe('redacted');
    // Two agreements between the same agencies add up.
    const two = [agreement({ categories: ['rowdy'] }), agreement({ categories: ['noise'] })];
    expect(state(two, police)).toBe('available');
  });

  it('stay redacted under an expired, future, reversed or other-agency agreement', () => {
    expect(state([agreement({ ends: '2026-06-14' })], police)).toBe('redacted');
    expect(state([agreement({ starts: '2026-07-01' })], police)).toBe('redacted');
    expect(state([agreement({ fromAgency: 'city_council', toAgency: 'police' })], police)).toBe('redacted');
    expect(state([agreement({ toAgency: 'housing' })], police)).toBe('redacted');
    expect(state([agreement({ fromAgency: 'housing' })], police)).toBe('redacted');
  });

  it('do not exempt admins, and give the board nothing even for its own agency', () => {
    const admin = { role: 'admin' as const, agency: 'csp' };
    expect(state([], police, admin)).toBe('redacted');
    expect(state([agreement({ toAgency: 'csp' })], police, admin)).toBe('available');
    const board = { role: 'board' as const, agency: 'police' };
    expect(state([], police, board)).toBe('redacted');
  });
});
