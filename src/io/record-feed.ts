import { MAX_RECORD_BYTES, Segment } from './csv-segment.js';
import { UserError } from './errors.js';
import { BreakCounter, firstLineEnd, LineTracker } from './line-tracker.js';
import type { CsvHandlers } from './read-csv.js';
import type { Delimiter, Encoding } from './sniff.js';

/** What csv-parse gets per write: less than a record may hold, so a record too long began in an earlier piece. */
const PIECE_BYTES = 64 * 1024;

/**
 * csv-parse fed piece by piece, with the line bookkeeping. csv-parse cannot go on after a record over
 * `max_record_size`: it drops the rest of every later chunk, so one long field lost the rows after it and reported
 * phantom rows, one per chunk. The feed reports the record once, drops the parser and starts a new one after the
 * next line break (the record's end, unless a quoted field holds line breaks past the limit).
 */
export class RecordFeed {
  private header: string[] | undefined;
  private handlerError: unknown;
  private segment: Segment;
  private tracker!: LineTracker;
  private resyncing = false;
  private breaks = new BreakCounter();

  /**
   * `linesBefore`: lines before what `write` gets (a `sep=` line). `skipLf`: that line ended the head with a CR, so
   * an LF starting the next chunk completes its CRLF.
   */
  constructor(
    private readonly name: string,
    private readonly encoding: Encoding,
    private readonly delimiter: Delimiter,
    private readonly handlers: CsvHandlers,
    private linesBefore: number,
    private skipLf: boolean,
    /** A piece of a file cut at a record boundary (a worker's share) has no header of its own: it is given. */
    header?: string[],
  ) {
    this.header = header;
    this.segment = this.startSegment();
  }

  /** Lines in what has been written so far, counting the ones before it. */
  get lines(): number {
    return this.linesBefore + this.breaks.count;
  }

  failed(): boolean {
    return this.handlerError !== undefined;
  }

  /** Parses `bytes`: their records reach the handlers before it resolves. */
  async write(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length && !this.failed(); at += PIECE_BYTES) this.writePiece(bytes.subarray(at, at + PIECE_BYTES));
  }

  private writePiece(piece: Buffer): void {
    if (this.skipLf) {
      this.skipLf = false;
      if (piece[0] === 0x0a) piece = piece.subarray(1);
      this.breaks.crLfDone();
    }
    while (piece.length > 0 && !this.failed()) {
      if (!this.resyncing) {
        this.segment.write(piece);
        if (!this.segment.oversize) {
          this.breaks.add(piece);
          return;
        }
        if (this.header === undefined) {
          this.fail(new UserError(`${this.name}:${this.segment.oversizeLine}: the first record is longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?): is this a CSV export?`));
          return;
        }
        this.segment.stop();
        this.resyncing = true;
      }
      // Looks for the line break that ends the oversize record; what follows it goes to a new parser.
      const end = firstLineEnd(piece);
      if (end === undefined) {
        this.breaks.add(piece);
        return;
      }
      this.breaks.add(piece.subarray(0, end.end));
      this.skipLf = end.crAtEnd;
      this.resyncing = false;
      this.reportOversize(this.linesBefore + this.breaks.count);
      this.segment = this.startSegment();
      piece = piece.subarray(end.end);
    }
  }

  /** The oversize record, once it is known where reading resumed: how many lines went with it matters. */
  private reportOversize(lastLine: number | undefined): void {
    const first = this.segment.oversizeLine;
    const skipped = lastLine === undefined ? 'skipped to the end of the input' : lastLine > first ? `lines ${first}–${lastLine} skipped` : 'skipped';
    this.badRecord(first, `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends, or a quote never closed?): ${skipped}`);
  }

  async end(): Promise<void> {
    if (this.resyncing && !this.failed()) this.reportOversize(undefined);
    if (!this.resyncing && !this.failed()) {
      this.segment.end();
      const e = this.segment.error;
      if (e !== undefined && !this.failed()) throw e instanceof UserError ? e : new UserError(`${this.name}: ${e.message}`);
    } else this.segment.stop();
    if (this.handlerError !== undefined) throw this.handlerError;
    if (this.header === undefined) throw new UserError(`${this.name}: has no header line`);
  }

  /**
   * Reads another input of the same file, with the header it has (the next chunk a thread reads): after `end`,
   * which must have succeeded. The parser is kept when it ended cleanly (Segment.restart).
   */
  restart(linesBefore: number): void {
    if (this.handlerError !== undefined) throw new Error('a feed that failed cannot restart');
    this.linesBefore = linesBefore;
    this.breaks = new BreakCounter();
    this.skipLf = false;
    this.resyncing = false;
    const tracker = this.newTracker();
    if (this.segment.restart(tracker)) this.tracker = tracker;
    else this.segment = this.startSegment();
  }

  private fail(e: unknown): void {
    if (this.handlerError === undefined) this.handlerError = e;
    this.segment.stop();
  }

  private newTracker(): LineTracker {
    const lines = this.linesBefore + this.breaks.count;
    const tracker = new LineTracker(lines);
    tracker.offset = lines;
    return tracker;
  }

  private startSegment(): Segment {
    const tracker = this.newTracker();
    this.tracker = tracker;
    const bad = (line: number, reason: string): void => this.badRecord(line, reason);
    const data = (record: string[]): void => this.record(record);
    return Segment.spare(this.delimiter, tracker, bad, data) ?? new Segment(this.delimiter, tracker, bad, data);
  }

  /** Done for good, after `end`: its parser may serve the next feed this thread makes (Segment.release). */
  release(): void {
    this.segment.release();
  }

  private badRecord(line: number, reason: string): void {
    if (this.failed()) return;
    try {
      this.handlers.onBadRecord(line, reason);
    } catch (e) {
      this.fail(e);
    }
  }

  // An exception from a handler is the caller's (a UserError, or a bug that must keep its stack), not a CSV
  // problem: it is kept aside, the parser stopped, and it is rethrown as is.
  private record(record: string[]): void {
    if (this.failed()) return;
    try {
      const line = this.tracker.record(record);
      if (line === undefined) return;
      if (this.header === undefined) {
        this.header = record;
        this.handlers.onHead({ source: this.name, encoding: this.encoding, delimiter: this.delimiter, header: record, headerLine: line });
      } else this.handlers.onRecord(record, line);
    } catch (e) {
      this.fail(e);
    }
  }
}
