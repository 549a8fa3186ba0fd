/**
 * Rendered text gathered as UTF-8 in one buffer: for a worker to post (its memory transferred, not copied), and for
 * the output sink to write.
 * Each account's text is written straight into the buffer: joining the strings first and encoding the result
 * cost three times as much (a flattened copy, then a second pass), and was a tenth of a worker's time on a roster.
 */
export class Utf8Parts {
  private buf: Buffer;
  private at = 0;

  constructor(private readonly capacity: number) {
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  /** Bytes held. */
  get size(): number {
    return this.at;
  }

  add(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    if (this.at + text.length * 3 > this.buf.length) {
      if (text.length * 3 > this.capacity) {
        const bytes = Buffer.from(text, 'utf8');
        this.grow(this.at + bytes.length);
        this.at += bytes.copy(this.buf, this.at);
        return;
      }
      this.grow(this.at + text.length * 3);
    }
    this.at += this.buf.write(text, this.at, 'utf8');
  }

  /** What was added since the last take, in memory of its own (safe to transfer); the parts start again empty. */
  take(): Uint8Array {
    if (this.at === 0) return new Uint8Array(0);
    const out = new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.at);
    this.buf = Buffer.allocUnsafeSlow(this.capacity);
    this.at = 0;
    return out;
  }

  private grow(needed: number): void {
    if (needed <= this.buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(needed, this.buf.length * 2));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }
}
