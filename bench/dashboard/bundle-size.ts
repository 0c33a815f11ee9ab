import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Gzip size of what the first page load fetches: index.html and every script, module preload and
 * stylesheet it names. Lazy page chunks are not counted: they load when their page opens.
 */
export function initialBundleKb(clientDir: string): { files: number; gzipKb: number } {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const files = ['index.html', ...new Set(refs)];
  const bytes = files.reduce(
    (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(clientDir, f)), { level: 9 }).length,
    0,
  );
  return { files: files.length, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}
