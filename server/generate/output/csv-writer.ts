import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ContactDraft } from '../records/contact-draft.ts';
import { contactStream } from '../records/contact-stream.ts';
import type { World } from '../world/world.ts';
import { ByteWriter } from './byte-writer.ts';
import { CSV_HEADER, CsvLines } from './csv-line.ts';

/** Bytes gathered before each write: large enough to keep writes few, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;
/** Room left for one more line (the longest is well under 1 KB). */
const LINE_ROOM = 4_096;

/** Writes the world's records as the canonical contact CSV to `out` and ends it. */
export const writeContactsCsv = (world: World, out: Writable): Promise<number> => {
  const lines = new CsvLines(world);
  return writeLines(world, out, CSV_HEADER, (bytes, d) => lines.write(bytes, d));
};

/**
 * Writes one line per record (after an optional header) to `out` and ends it. The pipeline pulls a
 * chunk only when the destination has room (backpressure), so memory stays flat at any size.
 */
export async function writeLines(
  world: World,
  out: Writable,
  header: string,
  line: (bytes: ByteWriter, d: ContactDraft) => void,
): Promise<number> {
  let rows = 0;
  function* chunks(): Generator<Buffer> {
    const bytes = new ByteWriter(CHUNK_BYTES);
    bytes.text(header);
    for (const d of contactStream(world)) {
      line(bytes, d);
      rows++;
      if (bytes.nearlyFull(LINE_ROOM)) yield bytes.take();
    }
    yield bytes.take();
  }
  await pipeline(Readable.from(chunks()), out);
  return rows;
}
