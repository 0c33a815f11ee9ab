import { downloadCsv, type CsvValue } from '../../../lib/download/csv-download.ts';

/** Downloads a table's figures as CSV, exactly as shown (hidden counts stay hidden). */
export function CsvButton({
  fileName,
  rows,
  label,
}: {
  fileName: string;
  rows: () => CsvValue[][];
  label: string;
}) {
  return (
    <button
      type="button"
      className="button button--secondary button--small no-print"
      onClick={() => downloadCsv(fileName, rows())}
      aria-label={`Download ${label} as CSV`}
    >
      CSV
    </button>
  );
}
