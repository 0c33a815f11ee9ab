import type { RepeatList, RepeatRow } from '../../../../server/contract/repeats.ts';
import type { CsvValue } from '../../lib/download/csv-download.ts';

interface Names {
  agency: (code: string) => string;
  category: (code: string) => string;
}

/** The whole list as CSV rows: pseudonymous references and their counts only, with the window on each row. */
export function repeatCsvRows(list: RepeatList, rows: readonly RepeatRow[], names: Names): CsvValue[][] {
  const other = list.kind === 'callers' ? 'places' : 'callers';
  const header = [
    'reference',
    'complaints_in_window',
    'complaints_window_before',
    'change',
    'first_contact',
    'last_contact',
    'agencies',
    'categories',
    other,
    'vulnerable',
    `meets_case_review_threshold_${list.threshold}`,
    'threshold_first_met_from',
    'threshold_first_met_to',
    'window_from',
    'window_to',
  ];
  const body = rows.map((r) => [
    r.ref,
    r.complaints,
    r.previous,
    r.complaints - r.previous,
    r.first,
    r.last,
    r.agencies.map(names.agency).join('; '),
    r.categories.map(names.category).join('; '),
    r.others,
    r.vulnerable,
    r.meetsThreshold,
    r.triggered?.from,
    r.triggered?.to,
    list.window.period.from,
    list.window.period.to,
  ]);
  return [header, ...body];
}
