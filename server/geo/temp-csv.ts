import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes rows computed in JavaScript to a temporary CSV for DuckDB's read_csv, runs fn and removes
 * the file. Millions of rows load this way in well under a second, where bound parameters or
 * appended text take several. `write` gets a function to call with blocks of lines (each ending in \n).
 */
export async function withTempCsv<T>(
  write: (put: (text: string) => Promise<void>) => Promise<void>,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  const file = path.join(os.tmpdir(), `icsb-geo-${randomUUID()}.csv`);
  const stream = fs.createWriteStream(file);
  try {
    await write(async (text) => {
      if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    });
    await new Promise<void>((resolve, reject) =>
      stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    return await fn(file);
  } finally {
    stream.destroy();
    fs.rmSync(file, { force: true });
  }
}
