import crypto from 'node:crypto';
import fs from 'node:fs';

/** sha256 of the file's bytes as hex, streamed. */
export function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  return new Promise((resolve, reject) => {
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
