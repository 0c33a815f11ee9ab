import fs from 'node:fs';
import zlib from 'node:zlib';
import { fileProblem } from '../ingest-errors.ts';

export type CsvEncoding = 'utf-8' | 'latin-1';

export interface CsvHead {
  /** Column names of the header, trimmed, BOM removed. */
  names: string[];
  compressed: boolean;
  sizeBytes: number;
  /** Rows the file probably holds, from the first 64 KB; only for progress. */
  estimatedRows: number;
}

const SAMPLE = 64 * 1024;
const MAX_HEADER = 1024 * 1024;

/**
 * Reads only the start of a CSV file (plain or gzip): its header names and a row-count estimate. A file
 * is never read whole here; DuckDB streams the body.
 */
export async function readCsvHead(
  file: string,
  options: { delimiter: string; encoding: CsvEncoding },
): Promise<CsvHead> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw fileProblem(file, 'no such file');
  if (!stat.isFile()) throw fileProblem(file, 'not a file');
  const sizeBytes = stat.size;
  if (sizeBytes === 0) throw fileProblem(file, 'the file is empty: no header line and no rows');
  const compressed = await isGzip(file);
  const head = await firstBytes(file, compressed, Math.max(SAMPLE, MAX_HEADER));
  if (head.length === 0) throw fileProblem(file, 'the file is empty: no header line and no rows');
  const end = headerEnd(head);
  if (end === -1) throw fileProblem(file, 'line 1: no end to the header line within 1 MB', 1);
  let text: string;
  try {
    text = new TextDecoder(options.encoding, { fatal: true }).decode(head.subarray(0, end));
  } catch {
    throw fileProblem(file, `line 1: the header is not valid ${options.encoding} text`, 1);
  }
  const names = splitHeader(text.replace(/^\uFEFF/, ''), options.delimiter);
  const sample = head.subarray(0, SAMPLE);
  const lines = Math.max(1, countNewlines(sample) - 1);
  const bodyBytes = compressed ? await gzipSize(file, sizeBytes) : sizeBytes;
  const estimatedRows = Math.round((bodyBytes - end) / Math.max(1, (sample.length - end) / lines));
  return { names, compressed, sizeBytes, estimatedRows };
}

/** A gzip file's uncompressed size from its trailer (modulo 4 GB: good enough for an estimate). */
async function gzipSize(file: string, sizeBytes: number): Promise<number> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(4), 0, 4, Math.max(0, sizeBytes - 4));
    return Math.max(sizeBytes, buffer.readUInt32LE(0));
  } finally {
    await handle.close();
  }
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

function firstBytes(file: string, compressed: boolean, limit: number): Promise<Buffer> {
  const input = fs.createReadStream(file, compressed ? {} : { end: limit - 1 });
  const stream = compressed ? input.pipe(zlib.createGunzip()) : input;
  const chunks: Buffer[] = [];
  let total = 0;
  return new Promise((resolve, reject) => {
    const finish = () => {
      input.destroy();
      resolve(Buffer.concat(chunks).subarray(0, limit));
    };
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= limit) finish();
    });
    stream.on('end', finish);
    stream.on('error', (err: Error) => reject(fileProblem(file, `cannot be read: ${err.message}`)));
  });
}

/** Index of the header's line break (outside quotes), or -1. */
function headerEnd(bytes: Buffer): number {
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (!quoted && (b === 0x0a || b === 0x0d)) return i;
  }
  return -1;
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}

/** RFC 4180 split of one header line. */
export function splitHeader(line: string, delimiter: string): string[] {
  const names: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) {
      names.push(field.trim());
      field = '';
    } else field += ch;
  }
  names.push(field.trim());
  return names;
}
