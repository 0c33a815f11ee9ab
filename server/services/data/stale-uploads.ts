import fs from 'node:fs';
import path from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes upload folders left by a server that stopped mid-upload (a crash, a kill): any older than a
 * day. Younger ones may belong to another server sharing the folder, so they stay.
 */
export function sweepStaleUploads(dir: string, now = Date.now()): number {
  let removed = 0;
  for (const root of [dir, path.join(dir, 'rejects')]) {
    if (!fs.existsSync(root)) continue;
    for (const name of fs.readdirSync(root)) {
      const full = path.join(root, name);
      if (root === dir && !name.startsWith('upload-')) continue;
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (!stat?.isDirectory() || now - stat.mtimeMs < DAY_MS) continue;
      fs.rmSync(full, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
