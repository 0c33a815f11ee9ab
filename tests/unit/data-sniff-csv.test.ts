import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { notCsvReason, SNIFF_BYTES } from '../../server/services/data/sniff-csv.ts';

const CSV = Buffer.from('Crime ID,Month,Reported by\nx,2024-01,Some Police\n');

describe('notCsvReason', () => {
  it('accepts a plain CSV, a gzipped one, and a gzip head cut short mid-stream', () => {
    expect(notCsvReason('month.csv', CSV)).toBeNull();
    expect(notCsvReason('MONTH.CSV.GZ', zlib.gzipSync(CSV))).toBeNull();
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `${(i * 7919) % 100_003},2024-01,Force ${i * 31}\n`,
    );
    const long = zlib.gzipSync(Buffer.from(`Crime ID,Month,Reported by\n${rows.join('')}`));
    expect(long.length).toBeGreaterThan(SNIFF_BYTES);
    expect(notCsvReason('month.csv.gz', long.subarray(0, SNIFF_BYTES))).toBeNull();
  });

  it('accepts semicolon- and tab-separated headers', () => {
    expect(notCsvReason('a.csv', Buffer.from('Incident No;Reported On\nH1;2024-01-01\n'))).toBeNull();
    expect(notCsvReason('a.csv', Buffer.from('a\tb\n1\t2\n'))).toBeNull();
  });

  it.each([
    ['a .xlsx name', 'export.xlsx', CSV, /not a \.csv or \.csv\.gz/],
    ['a .csv.zip name', 'export.csv.zip', CSV, /not a \.csv or \.csv\.gz/],
    ['text named .csv.gz', 'a.csv.gz', CSV, /not gzip-compressed/],
    ['gzip named .csv', 'a.csv', zlib.gzipSync(CSV), /name it \.csv\.gz/],
    ['a PDF named .csv', 'a.csv', Buffer.from('%PDF-1.7\n\x00\x01\x02binary'), /NUL bytes/],
    ['control bytes', 'a.csv', Buffer.from('a,b\n' + '\x01\x02\x03'.repeat(20)), /binary data/],
    ['a header without a delimiter', 'a.csv', Buffer.from('hello world\nmore\n'), /no delimiter/],
    ['gzip of binary', 'a.csv.gz', zlib.gzipSync(Buffer.from([0, 1, 2, 3, 0, 0])), /NUL bytes/],
    ['broken gzip', 'a.csv.gz', Buffer.from([0x1f, 0x8b, 0xff, 0xff, 0xff]), /not a readable gzip/],
  ])('refuses %s', (_what, name, head, reason) => {
    expect(notCsvReason(name, head)).toMatch(reason);
  });
});
