/**
 * Appends text and numbers to a Buffer as bytes, so writing a record allocates no strings (joining
 * many small strings per line costs V8 more in garbage than it saves). Text that is not ASCII goes
 * through Buffer.write (UTF-8).
 */
export class ByteWriter {
  buf: Buffer;
  pos = 0;

  constructor(private readonly capacity: number) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  /** True when fewer than `room` bytes are left. */
  nearlyFull(room: number): boolean {
    return this.pos > this.capacity - room;
  }

  /** The bytes written so far; the writer starts again on a fresh buffer (the old one may still be queued). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.capacity);
    this.pos = 0;
    return out;
  }

  byte(c: number): void {
    this.buf[this.pos++] = c;
  }

  text(s: string): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) {
        this.pos = pos + buf.write(s.slice(i), pos, 'utf8');
        return;
      }
      buf[pos++] = c;
    }
    this.pos = pos;
  }

  /** All of src copied in. */
  all(src: Uint8Array): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < src.length; i++) buf[pos++] = src[i] as number;
    this.pos = pos;
  }

  /** Two digits, 00 to 99. */
  two(n: number): void {
    const tens = (n / 10) | 0;
    this.buf[this.pos++] = 48 + tens;
    this.buf[this.pos++] = 48 + n - 10 * tens;
  }

  /** src[start, end) copied in. */
  bytes(src: Uint8Array, start: number, end: number): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = start; i < end; i++) buf[pos++] = src[i] as number;
    this.pos = pos;
  }

  /** A non-negative integer below 2^31, at least `width` digits (zero-padded). */
  uint(n: number, width = 1): void {
    let digits = 1;
    for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
    const buf = this.buf;
    let pos = this.pos;
    for (let k = digits; k < width; k++) buf[pos++] = 48;
    let at = pos + digits;
    this.pos = at;
    do {
      const q = (n / 10) | 0;
      buf[--at] = 48 + n - q * 10;
      n = q;
    } while (n > 0);
  }

  /** An integer, with a minus sign when negative. */
  int(n: number): void {
    if (n < 0) this.byte(45);
    this.uint(Math.abs(n));
  }

  /** x with six decimals, from its whole millionths (as round6 stores it). */
  fixed6(x: number): void {
    const micro = Math.round(x * 1e6);
    if (micro < 0) this.byte(45);
    const abs = Math.abs(micro);
    this.uint(Math.floor(abs / 1e6));
    this.byte(46);
    this.uint(abs % 1e6, 6);
  }
}
