import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../server/services/records/csv-cell.ts';

describe('export cells', () => {
  it('neutralise text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+44 7700')).toBe("'+44 7700");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('leave plain text, numbers (negative ones too) and empty values as they are', () => {
    expect(csvCell('12 High Street')).toBe('12 High Street');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-1.4)).toBe('-1.4');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('quote commas, quotes and line breaks, and end each record with CRLF', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 3])).toBe('"a,b","say ""hi""","two\nlines",3\r\n');
  });
});
