import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CANONICAL_COLUMNS } from '../../server/contract/canonical-contact.ts';
import { PlantedTruth } from '../../server/contract/planted-truth.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';

const site = demoshireSite();

/** The CSV for a seed, as its SHA-256 and its text. */
async function csvFor(seed: number, records = 20_000) {
  const hash = createHash('sha256');
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      parts.push(chunk);
      done();
    },
  });
  const { rows, truth } = await generateCsv(sink, site, { records, seed, ...DEFAULT_PERIOD });
  return { rows, truth, sha256: hash.digest('hex'), text: Buffer.concat(parts).toString('utf8') };
}

describe('generate --csv', () => {
  it(
    'gives the same bytes and truth for the same seed, and other bytes for another seed',
    { timeout: 60_000 },
    async () => {
      const [a, b, c] = [await csvFor(7), await csvFor(7), await csvFor(8)];
      expect(b.sha256).toBe(a.sha256);
      expect(b.truth).toEqual(a.truth);
      expect(c.sha256).not.toBe(a.sha256);
      expect(c.truth.hotspots[1]?.centre).not.toEqual(a.truth.hotspots[1]?.centre);
    },
  );

  it('writes the canonical header and exactly the records asked for, one per line', async () => {
    const { rows, text } = await csvFor(3, 5_000);
    const lines = text.split('\n');
    expect(rows).toBe(5_000);
    expect(lines[0]).toBe(CANONICAL_COLUMNS.join(','));
    expect(lines).toHaveLength(5_002); // header, records, and the empty string after the last newline
    expect(lines.at(-1)).toBe('');
  });

  it('describes what it planted in the documented truth schema', async () => {
    const { truth } = await csvFor(5, 1_000);
    expect(PlantedTruth.parse(truth)).toEqual(truth);
    expect(truth.generator).toEqual({
      records: 1_000,
      seed: 5,
      ...DEFAULT_PERIOD,
      referenceDate: '2026-11-01',
    });
    expect(truth.geography).toMatchObject({ source: 'demo', layerId: 'small_area' });
  });
});
