import { Transform, type TransformCallback } from 'node:stream';
import { invalidInput } from '../../errors.ts';
import { notCsvReason, SNIFF_BYTES } from './sniff-csv.ts';

/** Passes the bytes through, refusing the stream once its start shows it is not a CSV. */
export class SniffCsv extends Transform {
  private head: Buffer[] = [];
  private seen = 0;
  private checked = false;
  constructor(private readonly name: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.checked) return done(null, chunk);
    this.head.push(chunk);
    this.seen += chunk.length;
    if (this.seen < SNIFF_BYTES) return done();
    this.check(done);
  }
  override _flush(done: TransformCallback): void {
    if (this.checked || this.seen === 0) return done();
    this.check(done);
  }
  private check(done: TransformCallback): void {
    this.checked = true;
    const head = Buffer.concat(this.head);
    this.head = [];
    const reason = notCsvReason(this.name, head.subarray(0, SNIFF_BYTES));
    if (reason) return done(invalidInput('file', `Not a CSV upload: ${reason}.`, 'not_csv'));
    done(null, head);
  }
}
