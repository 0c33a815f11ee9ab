import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { canonicalCsv, CANONICAL_HEADER, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { options, POLICE_DIR, storedState, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
const good = (n: number) => Array.from({ length: n }, (_, i) => validRow(i + 1));
const csv = (rows = good(3)) => canonicalCsv(rows);
/** Replaces line `line` (1-based, header = 1) of a canonical CSV of 4 good rows. */
const withLine = (line: number, text: string) => {
  const lines = csv(good(4)).split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
};
const FIELDS = CANONICAL_HEADER.length;
/** The text with its '@@' replaced by two bytes that are not UTF-8. */
const withBadBytes = (text: string) => {
  const [before = '', after = ''] = text.split('@@');
  return Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
};
const row = (values: string[]) => values.join(',');
const goodFields = (i: number) =>
  CANONICAL_HEADER.map((c) => validRow(i)[c as keyof ReturnType<typeof validRow>] ?? '');

/** Each hostile input, and the one problem it must be reported with. */
const CASES: {
  name: string;
  content: string | Buffer;
  problem: { line: number | null; column: string | null; reason: RegExp };
}[] = [
  {
    name: 'invalid UTF-8 in a value',
    content: withBadBytes(withLine(3, row([...goodFields(2).slice(0, FIELDS - 1), 'caf@@']))),
    problem: { line: 3, column: 'description', reason: /not valid UTF-8/ },
  },
  {
    name: 'a required column missing from the header',
    content: canonicalCsv(
      good(2),
      CANONICAL_HEADER.filter((c) => c !== 'category'),
    ),
    problem: { line: 1, column: 'category', reason: /missing required column\(s\) "category"/ },
  },
  {
    name: 'an unknown extra column in the header',
    content: canonicalCsv(good(2), [...CANONICAL_HEADER, 'shoe_size']),
    problem: { line: 1, column: 'shoe_size', reason: /unknown column\(s\) "shoe_size"/ },
  },
  {
    name: 'a row with a field missing',
    content: withLine(4, row(goodFields(3).slice(0, FIELDS - 1))),
    problem: { line: 4, column: 'description', reason: /wrong number of fields: 23 where the header has 24/ },
  },
  {
    name: 'a row with an extra field',
    content: withLine(2, row([...goodFields(1), 'extra'])),
    problem: { line: 2, column: null, reason: /wrong number of fields: 25 where the header has 24/ },
  },
  {
    name: 'an unterminated quote',
    content: withLine(5, row([...goodFields(4).slice(0, FIELDS - 1), '"never closed'])),
    problem: { line: 5, column: 'description', reason: /unterminated quote/ },
  },
  {
    name: 'a date that does not exist',
    content: csv([validRow(1), validRow(2, { received_at: '2024-02-30' })]),
    problem: { line: 3, column: 'received_at', reason: /^not a real date or time$/ },
  },
  {
    name: 'a date in a form the format does not allow',
    content: csv([validRow(1, { received_at: '05/03/2024 21:40' })]),
    problem: { line: 2, column: 'received_at', reason: /^not a date or time: use 2024-03-05T21:40:00Z/ },
  },
  {
    name: 'an impossible latitude',
    content: csv([validRow(1), validRow(2), validRow(3, { lat: '123' })]),
    problem: {
      line: 4,
      column: 'lat',
      reason: /^impossible WGS84 coordinate: outside Great Britain \(49\.8 to 61\)$/,
    },
  },
  {
    name: 'an empty file',
    content: '',
    problem: { line: null, column: null, reason: /^the file is empty/ },
  },
  {
    name: 'a header and no rows',
    content: `${CANONICAL_HEADER.join(',')}\n`,
    problem: { line: 2, column: null, reason: /^no data rows/ },
  },
  {
    name: 'a 10 MB value in one cell',
    content: withLine(3, row([...goodFields(2).slice(0, FIELDS - 1), 'x'.repeat(10 * 1024 * 1024)])),
    problem: { line: 3, column: null, reason: /^line longer than 2 MB$/ },
  },
];

describe('hostile inputs to ingest', () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
    const loaded = await ingestFile(db, writeFile(dir, 'first.csv', csv(good(5))), options());
    expect(loaded.counts.loaded).toBe(5);
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES)
    it(`reports ${c.name} with file, line and column, and stores nothing`, async () => {
      const file = writeFile(dir, `${c.name.replace(/\W+/g, '-')}.csv`, c.content);
      const before = await storedState(db);
      const r = await ingestFile(db, file, options({ rejectsDir: dir }));
      expect(r.outcome).toBe('rejected');
      expect(r.file).toBe(file);
      expect(r.problems[0]).toMatchObject({ line: c.problem.line, column: c.problem.column });
      expect(r.problems[0]?.reason).toMatch(c.problem.reason);
      expect(await storedState(db)).toEqual(before);
    });

  it('reports a file that is not there', async () => {
    const r = await ingestFile(db, `${dir}/missing.csv`, options());
    expect(r).toMatchObject({
      outcome: 'rejected',
      problems: [{ line: null, column: null, reason: 'no such file' }],
    });
  });

  it('reports a police.uk file with another header, naming what is missing', async () => {
    const file = writeFile(dir, 'not-police.csv', csv(good(1)));
    const r = await ingestFile(db, file, options({ format: 'police-uk' }));
    expect(r.problems[0]?.reason).toMatch(
      /^line 1: not a data\.police\.uk street-level header: missing column\(s\) "Crime ID"/,
    );
    expect(fs.existsSync(path.join(POLICE_DIR, 'street_asb'))).toBe(true);
  });
});
