import zlib from 'node:zlib';

/** Bytes looked at to tell a CSV from something else. */
export const SNIFF_BYTES = 8 * 1024;

const NAME = /\.csv(\.gz)?$/i;
const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Why an upload is not a CSV, or null when it looks like one: the name ends .csv or .csv.gz, a .gz
 * starts with the gzip magic bytes, and the (unzipped) start is text with a header line, not binary.
 */
export function notCsvReason(name: string, head: Buffer): string | null {
  const match = NAME.exec(name);
  if (!match) return `"${name}" is not a .csv or .csv.gz file`;
  const zipped = match[1] !== undefined;
  if (zipped !== isGzip(head))
    return zipped
      ? `"${name}" is named .csv.gz but is not gzip-compressed`
      : `"${name}" is gzip-compressed: name it .csv.gz`;
  const text = zipped ? gunzipHead(head) : head;
  if (text === null) return `"${name}" is not a readable gzip file`;
  return textReason(name, text);
}

function gunzipHead(head: Buffer): Buffer | null {
  try {
    // The head is a truncated stream: flush what inflates rather than insist on the end.
    const out = zlib.gunzipSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    return out.subarray(0, SNIFF_BYTES);
  } catch {
    return null;
  }
}

function textReason(name: string, text: Buffer): string | null {
  if (text.length === 0) return `"${name}" is empty`;
  if (text.includes(0)) return `"${name}" holds binary data (NUL bytes), not CSV text`;
  let control = 0;
  for (const byte of text) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  if (control > text.length / 100) return `"${name}" holds binary data, not CSV text`;
  const firstLine = text.toString('latin1').split(/\r?\n/, 1)[0] ?? '';
  if (!/[,;\t|]/.test(firstLine)) return `"${name}": the first line is not a CSV header (no delimiter)`;
  return null;
}
