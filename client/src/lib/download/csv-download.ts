import { saveFile } from './save-file.ts';

export type CsvValue = string | number | boolean | null | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's
 * advice), then a field holding a comma, quote or line break is quoted with its quotes doubled.
 * Numbers are written as they are, so a negative number stays a number.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'boolean' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text (RFC 4180: CRLF between records). */
export const toCsv = (rows: readonly (readonly CsvValue[])[]): string =>
  rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Downloads rows as a CSV file; a byte-order mark lets Excel read it as UTF-8. */
export function downloadCsv(fileName: string, rows: readonly (readonly CsvValue[])[]): void {
  const name = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  saveFile(new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }), name);
}
