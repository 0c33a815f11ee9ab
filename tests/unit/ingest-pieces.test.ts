import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../server/ingest/csv/read-csv-head.ts';
import { ZERO_COUNTS, type FileReport } from '../../server/ingest/ingest-report.ts';
import { precisionOfFormat } from '../../server/ingest/mapped/mapped-values.ts';
import { MappingProfile } from '../../server/ingest/mapped/mapping-profile.ts';
import { rejectsPath } from '../../server/ingest/rejects-path.ts';
import { problemLine, reportLines } from '../../server/ingest/report-lines.ts';

describe('splitHeader', () => {
  it('splits on the delimiter outside quotes, unquotes, and trims', () => {
    expect(splitHeader('a, "b,c" ,"d ""e"""', ',')).toEqual(['a', 'b,c', 'd "e"']);
    expect(splitHeader('Incident No;Reported On', ';')).toEqual(['Incident No', 'Reported On']);
  });
});

describe('a mapping profile', () => {
  const base = {
    name: 'p',
    agency: 'housing',
    columns: { source_record_id: 'Ref', received_at: 'When', category: 'What' },
    dates: { format: '%d/%m/%Y' },
    coordinates: { system: 'postcode', postcode: 'PC' },
    categories: { Noise: 'noise' },
  };

  it('takes defaults for the CSV dialect and the time zone', () => {
    const p = MappingProfile.parse(base);
    expect(p.csv).toEqual({ delimiter: ',', encoding: 'utf-8' });
    expect(p.dates.timeZone).toBe('Europe/London');
  });

  it('refuses a category that is not ours, an unknown key and a missing required column', () => {
    const bad = MappingProfile.safeParse({
      ...base,
      categories: { Noise: 'loud' },
      colour: 'red',
      columns: { received_at: 'When', category: 'What' },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['categories.Noise', '', 'columns']));
  });
});

describe('precisionOfFormat', () => {
  it('reads a time, a day or a month from a strptime format', () => {
    expect(['%d/%m/%Y %H:%M', '%Y-%m-%d', '%m/%Y'].map(precisionOfFormat)).toEqual(['time', 'day', 'month']);
  });
});

describe('rejectsPath', () => {
  it('names the rejects CSV after the input without .csv or .gz', () => {
    expect(rejectsPath('/out', '/data/2024-01-street.csv.gz')).toBe('/out/2024-01-street.rejects.csv');
  });
});

describe('report lines', () => {
  const report: FileReport = {
    file: '/data/export.csv',
    format: 'contacts',
    outcome: 'loaded',
    onError: 'set-aside',
    batchId: 7,
    contentHash: 'ab',
    counts: { ...ZERO_COUNTS, read: 1_200, loaded: 1_190, rejected: 2, duplicates: 8 },
    problems: [{ line: 14, column: 'lat', value: '123', reason: 'impossible WGS84 coordinate' }],
    problemCount: 2,
    problemSummary: [],
    duplicatesOf: [{ batchId: 3, rows: 8 }],
    unmapped: [],
    rejectsFile: '/out/export.rejects.csv',
    message: null,
    ms: 1_500,
  };

  it('say what a load stored, what repeated, and where each problem is', () => {
    expect(reportLines(report)).toEqual([
      'export.csv: loaded as batch 7 (contacts) in 1.5 s',
      '  read 1,200 | loaded 1,190 | rejected 2 | duplicates 8 | out of area 0 | not geocoded 0 | linked 0',
      '  8 duplicate(s) of batch 3: not loaded again',
      '  problems (1 of 2):',
      '    export.csv, line 14, column "lat": value "123" impossible WGS84 coordinate',
      '  every problem: /out/export.rejects.csv',
    ]);
  });

  it('put a value spanning lines on one line', () => {
    expect(problemLine('f.csv', { line: 3, column: null, value: 'a\r\nb', reason: 'why' })).toBe(
      'f.csv, line 3: value "a b" why',
    );
  });
});
