import { parse, type CsvError, type Parser } from 'csv-parse';
import { UserError } from './errors.js';
import { BreakCounter, firstLineEnd, LineTracker } from './line-tracker.js';
import type { CsvHandlers } from './read-csv.js';
import type { Delimiter, Encoding } from './sniff.js';

/** Limits that turn a runaway field into a clear error instead of a memory blow-up. */
export const MAX_RECORD_BYTES = 1 << 20;
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
  private resyncing = false;
  private readonly breaks = new BreakCounter();

  /**
   * `linesBefore`: lines before what `write` gets (a `sep=` line). `skipLf`: that line ended the head with a CR, so
   * an LF starting the next chunk completes its CRLF.
   */
  constructor(
    private readonly name: string,
    private readonly encoding: Encoding,
    private readonly delimiter: Delimiter,
    private readonly handlers: CsvHandlers,
    private readonly linesBefore: number,
    private skipLf: boolean,
  ) {
    this.segment = this.startSegment();
  }

  failed(): boolean {
    return this.handlerError !== undefined;
  }

  async write(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length && !this.failed(); at += PIECE_BYTES) await this.writePiece(bytes.subarray(at, at + PIECE_BYTES));
  }

  private async writePiece(piece: Buffer): Promise<void> {
    if (this.skipLf) {
      this.skipLf = false;
      if (piece[0] === 0x0a) piece = piece.subarray(1);
      this.breaks.crLfDone();
    }
    while (piece.length > 0 && !this.failed()) {
      if (!this.resyncing) {
        await this.segment.write(piece);
        if (!this.segment.oversize) {
          this.breaks.add(piece);
          return;
        }
        if (this.header === undefined) {
          this.fail(new UserError(`${this.name}:${this.segment.oversizeLine}: the first record is longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?): is this a CSV export?`));
          return;
        }
        this.segment.parser.destroy();
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
      this.segment.parser.end();
      await this.segment.finished.catch((e: unknown) => {
        if (!this.failed()) throw e instanceof UserError ? e : new UserError(`${this.name}: ${(e as Error).message}`);
      });
    } else this.segment.parser.destroy();
    if (this.handlerError !== undefined) throw this.handlerError;
    if (this.header === undefined) throw new UserError(`${this.name}: has no header line`);
  }

  private fail(e: unknown): void {
    if (this.handlerError === undefined) this.handlerError = e;
    this.segment.parser.destroy();
  }

  private startSegment(): Segment {
    const lines = this.linesBefore + this.breaks.count;
    const tracker = new LineTracker(lines);
    tracker.offset = lines;
    const segment = new Segment(this.delimiter, tracker, (line, reason) => this.badRecord(line, reason), (record) => this.record(tracker, record));
    segment.finished.catch(() => undefined);
    return segment;
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
  private record(tracker: LineTracker, record: string[]): void {
    if (this.failed()) return;
    try {
      const line = tracker.record(record);
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

/** One csv-parse instance, from the start of the input or from where reading resumed after an oversize record. */
class Segment {
  readonly parser: Parser;
  readonly finished: Promise<void>;
  oversize = false;
  oversizeLine = 0;

  constructor(delimiter: Delimiter, tracker: LineTracker, bad: (line: number, reason: string) => void, data: (record: string[]) => void) {
    this.parser = parse({
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_BYTES,
      on_skip: (err: CsvError | undefined) => {
        if (!err || this.oversize) return;
        const line = tracker.skipped(typeof err.lines === 'number' ? err.lines : undefined);
        if (err.code === 'CSV_MAX_RECORD_SIZE') {
          this.oversize = true;
          this.oversizeLine = line;
        } else bad(line, csvErrorReason(err));
      },
    });
    skipFieldCountCheck(this.parser);
    this.parser.on('data', data);
    this.finished = new Promise<void>((resolve, reject) => {
      this.parser.on('error', reject);
      this.parser.on('end', () => resolve());
      this.parser.on('close', () => resolve());
    });
  }

  write(piece: Buffer): Promise<void> {
    if (this.parser.destroyed) return Promise.resolve();
    return this.parser.write(piece) ? Promise.resolve() : new Promise<void>((r) => {
      this.parser.once('drain', r);
      this.parser.once('close', r);
    });
  }
}

interface ParserInternals {
  __onRecord?: (...args: unknown[]) => unknown;
  state?: { record?: unknown; expectedRecordLength?: number };
}

/**
 * csv-parse 7 builds a CsvError (stack capture, JSON copy of the record) for every record whose field count differs
 * from the first record's, even with relax_column_count, then throws it away: blank lines, ragged rows and trailing
 * delimiters parsed 10–35× slower (300,000 rows with a trailing comma: 5.8 s instead of 0.2 s). Announcing each
 * record's own length as the expected one skips that. Without these internals (another csv-parse) it is only slower.
 */
function skipFieldCountCheck(parser: Parser): void {
  const api = (parser as unknown as { api?: ParserInternals }).api;
  const onRecord = api?.__onRecord;
  const state = api?.state;
  if (!api || typeof onRecord !== 'function' || !state || !Array.isArray(state.record) || !('expectedRecordLength' in state)) return;
  api.__onRecord = function (this: ParserInternals, ...args: unknown[]) {
    if (this.state && Array.isArray(this.state.record)) this.state.expectedRecordLength = this.state.record.length;
    return onRecord.apply(this, args);
  };
}

function csvErrorReason(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opened on this line is never closed: the rest of the file was read as one field';
    default:
      return err.message.replace(/\s+/g, ' ');
  }
}
