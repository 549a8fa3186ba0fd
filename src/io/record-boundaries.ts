import { MAX_RECORD_BYTES } from './csv-segment.js';
import type { Delimiter } from './sniff.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A quoted span or a line this long stops the splitting: csv-parse cuts a record at `MAX_RECORD_BYTES` and resumes
 * at the next line break, which inside a quoted field is not where this scanner thinks the record ends. Half the
 * limit leaves room for the rest of the record around the span.
 */
const LONG_SPAN = MAX_RECORD_BYTES / 2;

/** `after-quote`: in a quoted field, just after a quote whose next byte (in the next piece) says what it was. */
type State = 'out' | 'in' | 'after-quote';

/**
 * Finds byte offsets where a record ends, so that a file parsed in pieces by several csv-parse instances gives the
 * same records as one parser: an LF outside quotes, under csv-parse's rules with `relax_quotes` (a quote opens a
 * field only at its start; inside, `""` is a quote, and a quote before a delimiter or line break closes the field).
 *
 * Only quotes are visited one by one (Buffer.indexOf does the rest), so scanning costs little beside parsing.
 * Input this model does not cover exactly (a closing quote followed by text, a quoted span or a line of half a
 * megabyte, where csv-parse's record limit would cut differently) makes the scanner `unsafe` for good: it offers
 * no boundary after that, and the rest is read in one piece.
 */
export class RecordBoundaries {
  private state: State = 'out';
  /** The byte before the next piece: a quote at a piece's start opens a field only after a delimiter or break. */
  private prev = LF;
  /** Absolute offset of the next byte to scan. */
  private at = 0;
  private spanStart = 0;
  /** Where the next line-length sample is taken (see `checkLines`). */
  private sampleAt = 0;
  unsafe = false;
  private readonly delimiter: number;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Bytes scanned so far. */
  get scanned(): number {
    return this.at;
  }

  /** Scans a whole piece: the bytes right after everything scanned before. */
  skip(piece: Uint8Array): void {
    this.scan(piece, piece.length);
  }

  /**
   * Scans `piece` up to its first record boundary and returns the offset just past that LF; or scans it all and
   * returns -1 when it holds none (or the scanner is unsafe). Continue with `piece.subarray(boundary)`.
   */
  boundary(piece: Uint8Array): number {
    let from = 0;
    while (!this.unsafe) {
      const lf = piece.indexOf(LF, from);
      if (lf === -1) break;
      this.scan(piece.subarray(from), lf + 1 - from);
      if (this.state === 'out' && !this.unsafe) return lf + 1;
      from = lf + 1;
    }
    this.scan(piece.subarray(from), piece.length - from);
    return -1;
  }

  /** Moves the quote state over piece[0, end). */
  private scan(piece: Uint8Array, end: number): void {
    if (end === 0) return;
    this.checkLines(piece, end);
    let q = piece.indexOf(QUOTE);
    if (this.state === 'after-quote') {
      if (piece[0] === QUOTE) {
        this.state = 'in';
        q = piece.indexOf(QUOTE, 1);
      } else this.closeBefore(piece[0]!);
    }
    while (q !== -1 && q < end && !this.unsafe) {
      if (this.state === 'out') {
        const before = q === 0 ? this.prev : piece[q - 1]!;
        if (before === this.delimiter || before === LF || before === CR) {
          this.state = 'in';
          this.spanStart = this.at + q;
        }
        q = piece.indexOf(QUOTE, q + 1);
      } else if (q + 1 >= end) {
        // A quote ending what is scanned: the next byte decides, in the next call.
        this.state = 'after-quote';
        break;
      } else if (piece[q + 1] === QUOTE) {
        q = piece.indexOf(QUOTE, q + 2);
      } else {
        this.closeBefore(piece[q + 1]!);
        q = piece.indexOf(QUOTE, q + 1);
      }
    }
    if (this.state !== 'out' && this.at + end - this.spanStart > LONG_SPAN) this.unsafe = true;
    this.prev = piece[end - 1]!;
    this.at += end;
  }

  private closeBefore(after: number): void {
    if (after === this.delimiter || after === LF || after === CR) this.state = 'out';
    else this.unsafe = true;
  }

  /**
   * Flags a line longer than about `LONG_SPAN` (CR-only line ends, a runaway record) without visiting every line:
   * samples taken `LONG_SPAN / 2` apart look for the next LF; any longer line holds a sample that finds its end
   * at least that far away. Lines of a quarter of a megabyte may be flagged too: harmless, they only stop splitting.
   */
  private checkLines(piece: Uint8Array, end: number): void {
    const half = LONG_SPAN / 2;
    while (!this.unsafe && this.sampleAt < this.at + end) {
      const from = this.sampleAt - this.at;
      const lf = piece.indexOf(LF, Math.max(0, from));
      const found = lf === -1 || lf >= end ? -1 : lf;
      if (found === -1) {
        // No LF before the end of what is scanned: too long already, or look again in the next piece.
        if (this.at + end - this.sampleAt > half) this.unsafe = true;
        return;
      }
      if (this.at + found - this.sampleAt > half) this.unsafe = true;
      this.sampleAt = this.at + found + 1 + half;
    }
  }
}
