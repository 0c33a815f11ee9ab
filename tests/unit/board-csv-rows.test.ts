import { describe, expect, it } from 'vitest';
import type { BoardAreas, BoardAreaRow } from '../../server/contract/board.ts';
import { areasCsv } from '../../client/src/features/board/board-csv.ts';
import { countText } from '../../client/src/features/board/board-format.ts';

const quarter = (id: string, from: string, to: string) => ({ id, label: id, from, to });
const row = (
  code: string,
  current: BoardAreaRow['current'],
  previous: BoardAreaRow['previous'],
): BoardAreaRow => ({
  code,
  name: `Area ${code}`,
  population: 1000,
  current,
  previous,
  change: null,
  rate: current.value === null ? null : { value: current.value, low: 0, high: 99 },
  rag: null,
});
const shown = (value: number) => ({ value, suppressed: null });

describe('the board tables as text and CSV', () => {
  it('writes a small count as "<threshold" and a protecting one as a mark, never the number', () => {
    expect(countText({ value: null, suppressed: 'small_count' }, 10)).toBe('<10');
    expect(countText({ value: null, suppressed: 'protects_another' }, 5)).toBe('*');
    expect(countText(shown(1234), 5)).toBe('1,234');
  });

  it('puts each area, its hidden counts as shown on screen, and the total in the areas CSV', () => {
    const data = {
      quarter: quarter('2026-Q3', '2026-07-01', '2026-09-30'),
      comparison: quarter('2025-Q3', '2025-07-01', '2025-09-30'),
      comparisonComplete: true,
      suppression: { applied: true, threshold: 5, rule: '' },
      layer: { id: 'ward', name: 'Wards' },
      rows: [
        row('A', { value: null, suppressed: 'small_count' }, shown(9)),
        row('B', { value: null, suppressed: 'protects_another' }, shown(12)),
        row('C', shown(40), shown(0)),
      ],
      total: { ...row('', shown(51), shown(21)), name: 'All of Wards' },
      rules: { change: '', rag: '' },
    } satisfies BoardAreas;
    const csv = areasCsv(data);
    expect(csv[0]?.slice(0, 5)).toEqual([
      'area_code',
      'area',
      'residents',
      'contacts_2026-Q3',
      'contacts_2025-Q3',
    ]);
    expect(csv.map((r) => r.slice(0, 5))).toEqual([
      csv[0]?.slice(0, 5),
      ['A', 'Area A', 1000, '<5', 9],
      ['B', 'Area B', 1000, 'hidden', 12],
      ['C', 'Area C', 1000, 40, 0],
      ['total', 'All of Wards', 1000, 51, 21],
    ]);
    expect(csv[1]?.[8]).toBeNull();
  });
});
