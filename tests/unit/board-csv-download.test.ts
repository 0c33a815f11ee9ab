import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../client/src/lib/download/csv-download.ts';
import { fileNameOf } from '../../client/src/lib/download/save-file.ts';

describe('CSV download', () => {
  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Old Wharf')).toBe('Old Wharf');
    expect(csvField('Blaby, Hinckley')).toBe('"Blaby, Hinckley"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+441162000000')).toBe("'+441162000000");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('<5')).toBe('<5');
  });

  it('writes numbers as numbers, so a fall stays a negative number', () => {
    expect(csvField(-21.7)).toBe('-21.7');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('joins fields with commas and records with CRLF', () => {
    expect(
      toCsv([
        ['area', 'contacts'],
        ['Old Wharf', 37],
      ]),
    ).toBe('area,contacts\r\nOld Wharf,37\r\n');
  });

  it('makes safe file names', () => {
    expect(fileNameOf('Board areas', '2026-Q3 / Wards')).toBe('board-areas-2026-q3-wards');
    expect(fileNameOf('***')).toBe('download');
  });
});
