// A spreadsheet runs a cell starting with one of these as a formula (CSV injection); the client's
// rule in client/src/lib/download/csv-download.ts is the same.
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null;

/**
 * One CSV field: text a spreadsheet would run gets a leading apostrophe (OWASP's advice), then a field
 * holding a comma, quote or line break is quoted. Numbers stay numbers, so a negative one is kept.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'boolean' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, CRLF-terminated (RFC 4180). */
export const csvLine = (cells: readonly CsvValue[]): string => `${cells.map(csvCell).join(',')}\r\n`;
