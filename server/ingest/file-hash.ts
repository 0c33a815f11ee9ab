import crypto from 'node:crypto';
import fs from 'node:fs';

/** sha256 of the file's bytes as hex, streamed; onFraction gets the share read so far. */
export function sha256File(file: string, onFraction: (f: number) => void = () => undefined): Promise<string> {
  const size = fs.statSync(file).size;
  const hash = crypto.createHash('sha256');
  let read = 0;
  let reported = 0;
  return new Promise((resolve, reject) => {
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
      .on('data', (chunk) => {
        hash.update(chunk);
        read += chunk.length;
        if (read - reported > size / 50) {
          reported = read;
          onFraction(read / Math.max(1, size));
        }
      })
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
