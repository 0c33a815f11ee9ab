import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepStaleUploads } from '../../server/services/data/stale-uploads.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-stale-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const folder = (rel: string, ageHours: number) => {
  const full = path.join(dir, rel);
  fs.mkdirSync(full, { recursive: true });
  fs.writeFileSync(path.join(full, 'x.csv'), 'a,b\n');
  const when = new Date(Date.now() - ageHours * 3600_000);
  fs.utimesSync(full, when, when);
  return full;
};

describe('sweepStaleUploads', () => {
  it('deletes upload and rejects folders older than a day, and nothing else', () => {
    const old = folder('upload-old', 30);
    const young = folder('upload-young', 2);
    const oldRejects = folder('rejects/0b1e', 48);
    const other = folder('keep-me', 100);
    expect(sweepStaleUploads(dir)).toBe(2);
    expect([old, young, oldRejects, other].map((f) => fs.existsSync(f))).toEqual([false, true, false, true]);
  });
});
