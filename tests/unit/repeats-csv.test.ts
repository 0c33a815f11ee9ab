import { describe, expect, it } from 'vitest';
import { repeatCsvRows } from '../../client/src/features/repeats/repeat-csv.ts';
import { toCsv } from '../../client/src/lib/download/csv-download.ts';
import type { RepeatList, RepeatRow } from '../../server/contract/repeats.ts';

const row: RepeatRow = {
  ref: 'C-00000000abcd',
  complaints: 4,
  reports: 5,
  previous: 1,
  first: '2025-01-10',
  last: '2025-03-01',
  agencies: ['city_council', 'police'],
  categories: ['noise'],
  vulnerable: true,
  meetsThreshold: true,
  triggered: { from: '2025-01-10', to: '2025-02-01' },
  others: 2,
};
const list = {
  kind: 'callers',
  threshold: 3,
  window: { period: { from: '2024-10-01', to: '2025-03-31' } },
} as RepeatList;
const names = { agency: (c: string) => c.toUpperCase(), category: () => 'Noisy neighbours' };

describe('repeatCsvRows', () => {
  it('writes one line per reference with the window, names and the threshold in the header', () => {
    const csv = toCsv(repeatCsvRows(list, [row], names)).split('\r\n');
    expect(csv[0]).toBe(
      'reference,complaints_in_window,complaints_window_before,change,first_contact,last_contact,agencies,' +
        'categories,places,vulnerable,meets_case_review_threshold_3,threshold_first_met_from,' +
        'threshold_first_met_to,window_from,window_to',
    );
    expect(csv[1]).toBe(
      'C-00000000abcd,4,1,3,2025-01-10,2025-03-01,CITY_COUNCIL; POLICE,Noisy neighbours,2,true,true,' +
        '2025-01-10,2025-02-01,2024-10-01,2025-03-31',
    );
    expect(csv).toHaveLength(3);
  });

  it('leaves the trigger dates empty for a reference below the threshold, and counts callers of a place', () => {
    const below = { ...row, meetsThreshold: false, triggered: null };
    const [header, line] = repeatCsvRows({ ...list, kind: 'locations' }, [below], names);
    expect(header?.[8]).toBe('callers');
    expect(toCsv([line ?? []])).toContain(',true,false,,,2024-10-01');
  });
});
