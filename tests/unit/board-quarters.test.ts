import { describe, expect, it } from 'vitest';
import {
  completeQuarters,
  coversQuarter,
  quarterIdOn,
  quarterOf,
  quarterYearEarlier,
} from '../../server/services/board/quarters.ts';
import { defaultLayer } from '../../server/services/board/board-scope.ts';

describe('board quarters', () => {
  it('gives a quarter its first and last day, leap years included', () => {
    expect(quarterOf('2024-Q1')).toMatchObject({
      from: '2024-01-01',
      to: '2024-03-31',
      label: 'Jan to Mar 2024 (Q1)',
    });
    expect(quarterOf('2025-Q4')).toMatchObject({ from: '2025-10-01', to: '2025-12-31' });
    expect(quarterOf('2026-Q3')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterIdOn('2026-09-30')).toBe('2026-Q3');
    expect(quarterIdOn('2026-10-01')).toBe('2026-Q4');
    expect(quarterYearEarlier('2026-Q1')).toBe('2025-Q1');
  });

  it('lists only the quarters the data cover whole, latest first', () => {
    // Data from 15 May 2023 (whole months, so May counts) to 31 Oct 2026: Q2 2023 lacks April, Q4 2026 lacks Nov-Dec.
    const ids = completeQuarters('2023-05-15', '2026-10-31').map((q) => q.id);
    expect(ids[0]).toBe('2026-Q3');
    expect(ids.at(-1)).toBe('2023-Q3');
    expect(ids).toHaveLength(13);
    expect(completeQuarters('2026-04-01', '2026-06-30').map((q) => q.id)).toEqual(['2026-Q2']);
    expect(completeQuarters('2026-04-02', '2026-06-01').map((q) => q.id)).toEqual(['2026-Q2']);
    expect(completeQuarters('2026-05-01', '2026-06-30')).toEqual([]);
    expect(completeQuarters(null, null)).toEqual([]);
  });

  it('says whether the data cover a comparison quarter', () => {
    expect(coversQuarter('2023-05-01', '2026-10-31', quarterOf('2023-Q2'))).toBe(false);
    expect(coversQuarter('2023-04-30', '2026-10-31', quarterOf('2023-Q2'))).toBe(true);
  });
});

describe('the board default layer', () => {
  const layer = (id: string, name: string, areas: number) => ({ id, name, areas, source: null });

  it('takes a district or CSP layer that divides the area, else the coarsest that does', () => {
    expect(defaultLayer([layer('lsoa21', 'LSOA 2021', 600), layer('lad', 'Districts', 9)])?.id).toBe('lad');
    expect(
      defaultLayer([layer('ward', 'Wards', 20), layer('csp', 'CSP areas', 8), layer('x', 'X', 3)])?.id,
    ).toBe('csp');
    expect(
      defaultLayer([layer('district', 'District', 1), layer('ward', 'Wards', 20), layer('small', 'S', 106)])
        ?.id,
    ).toBe('ward');
    expect(defaultLayer([layer('district', 'District', 1)])?.id).toBe('district');
    expect(defaultLayer([])).toBeNull();
  });
});
