/** Code units of text joined before they are encoded. */
const ENCODE_AT = 4096;

/**
 * Rendered text gathered as UTF-8 in one buffer: for a worker to post (a copy of just these bytes), and for
 * the output sink to write. Texts are joined a few KiB at a time and encoded into the buffer: joining a whole part
 * first cost a flattened copy of it as a string, and was a tenth of a worker's time on a roster.
 */
export class Utf8Parts {
  private buf: Buffer;
  private at = 0;
  /**
   * Text added and not yet encoded: each Buffer#write costs a crossing into C++ whatever the length, more than
   * encoding an account's line, so texts are joined and encoded a few KiB at a time (docs/performance.md).
   */
  private text = '';

  constructor(private readonly capacity: number) {
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  /** Bytes held, counting the text not yet encoded at one byte a code unit: at least that many, for thresholds. */
  get size(): number {
    return this.at + this.text.length;
  }

  add(text: string): void {
    this.text += text;
    if (this.text.length >= ENCODE_AT) this.encode();
  }

  private encode(): void {
    const text = this.text;
    if (text.length === 0) return;
    this.text = '';
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

  /** What was added since the last take, in memory of its own (the sink may still be writing it); the parts start again empty. */
  take(): Uint8Array {
    this.encode();
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
