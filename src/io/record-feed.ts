import { MAX_RECORD_BYTES, Segment } from './csv-segment.js';
import { UserError } from '../shared/user-error.js';
import { BreakCounter, firstLineEnd, LineTracker } from './line-tracker.js';
import { PlainLines } from './plain-lines.js';
import type { CsvHandlers, CsvHead } from './csv-handlers.js';
import { MAX_LINES_BEFORE_HEADER, type Delimiter, type Encoding } from './sniff.js';

/** What csv-parse gets per write: less than a record may hold, so a record too long began in an earlier piece. */
const PIECE_BYTES = 64 * 1024;

/**
 * Records from an input fed piece by piece, with their line numbers. Plain lines (no quote, no lone CR) take the
 * fast path (`PlainLines`) until the first piece that is not plain; from there csv-parse reads the rest. csv-parse
 * cannot go on after a record over `max_record_size`: it drops the rest of every later chunk, so one long field lost
 * the rows after it and reported phantom rows, one per chunk. The feed reports the record once, drops the parser and
 * starts a new one after the next line break (the record's end, unless a quoted field holds line breaks past the limit).
 * A last line without a line break that ends early (fewer fields than the header and than the record before it) is a
 * cut-off export: reported, not read.
 */
export class RecordFeed {
  private header: string[] | undefined;
  private handlerError: unknown;
  private plain: PlainLines | undefined;
  private segment: Segment | undefined;
  private tracker!: LineTracker;
  /** csv-parse is reading the input's end: the records it gives now are held until it is done (see `end`). */
  private ending = false;
  private finished = false;
  private atEnd: { record: string[]; line: number }[] = [];
  /** The input's last byte was a line break. */
  private endsWithBreak = false;
  private lastFieldCount = 0;
  /** Records csv-parse has given, and the bytes written since the last write that gave one. */
  private records = 0;
  private sinceRecord = 0;
  private resyncing = false;
  private breaks = new BreakCounter();
  /** Records before the header while `isHeader` refuses them. */
  private beforeHeader: { record: string[]; line: number; unterminated: boolean }[] = [];
  /** A record `isHeader` accepted below a refused one, waiting for the next non-empty record to confirm it (`findHeader`). */
  private candidate: { record: string[]; line: number; unterminated: boolean; after: { record: string[]; line: number; unterminated: boolean }[] } | undefined;

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
  ) {
    this.plain = new PlainLines(delimiter, linesBefore + 1, {
      record: (fields, line, unterminated) => this.deliver(fields, line, unterminated),
      tooLong: (line) => this.tooLong(line),
    });
  }

  failed(): boolean {
    return this.handlerError !== undefined;
  }

  /** Parses `bytes`: their records reach the handlers before it resolves. */
  async write(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length && !this.failed(); at += PIECE_BYTES) this.writePiece(bytes.subarray(at, at + PIECE_BYTES));
  }

  private writePiece(piece: Buffer): void {
    if (piece.length > 0) this.endsWithBreak = piece[piece.length - 1] === 0x0a || piece[piece.length - 1] === 0x0d;
    if (this.skipLf) {
      this.skipLf = false;
      if (piece[0] === 0x0a) piece = piece.subarray(1);
      this.breaks.crLfDone();
    }
    if (this.plain) {
      if (this.plain.write(piece)) return;
      // Not plain from here on: csv-parse takes over at the line the fast path reached.
      piece = this.plain.rest();
      this.linesBefore = this.plain.nextLine - 1;
      this.plain = undefined;
      this.breaks = new BreakCounter();
      this.segment = this.startSegment();
    }
    const segment = () => this.segment ??= this.startSegment();
    while (piece.length > 0 && !this.failed()) {
      if (!this.resyncing) {
        const before = this.records;
        segment().write(piece);
        // csv-parse bounds a record by its field characters only: delimiters count here too (",,,," for a megabyte
        // is one record of a million fields). A record that began in an earlier piece is still open.
        this.sinceRecord = this.records === before ? this.sinceRecord + piece.length : 0;
        if (this.sinceRecord > MAX_RECORD_BYTES) segment().markOversize();
        if (!segment().oversize) {
          this.breaks.add(piece);
          return;
        }
        if (this.header === undefined) {
          this.fail(new UserError(`${this.name}:${segment().oversizeLine}: the first record is longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?): is this a CSV export?`));
          return;
        }
        segment().stop();
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
      this.sinceRecord = 0;
      this.reportOversize(this.linesBefore + this.breaks.count);
      this.segment = this.startSegment();
      piece = piece.subarray(end.end);
    }
  }

  /** A plain line too long to be a record; the first one is no header: not a CSV export. */
  private tooLong(line: number): void {
    if (this.header === undefined) {
      this.fail(new UserError(`${this.name}:${line}: the first record is longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?): is this a CSV export?`));
      return;
    }
    this.badRecord(line, `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends, or a quote never closed?): skipped`);
  }

  /** The oversize record, once it is known where reading resumed: how many lines went with it matters. */
  private reportOversize(lastLine: number | undefined): void {
    const first = this.segment!.oversizeLine;
    const skipped = lastLine === undefined ? 'skipped to the end of the input' : lastLine > first ? `lines ${first}–${lastLine} skipped` : 'skipped';
    this.badRecord(first, `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends, or a quote never closed?): ${skipped}`);
  }

  /** Reading stops before the input's end: what is buffered is dropped, neither a record nor a cut one. */
  abandon(): void {
    this.plain = undefined;
    this.resyncing = false;
    this.segment?.stop();
  }

  async end(): Promise<void> {
    // Ended twice when the input is one line: once to find its header, once by the reader of its records. The
    // records csv-parse held back to the end were delivered the first time (a quoted header came back as a row).
    if (!this.finished) {
      this.finished = true;
      this.finish();
      if (this.header === undefined && !this.failed()) {
        try {
          this.settleHeader();
        } catch (e) {
          this.fail(e);
        }
      }
    }
    if (this.handlerError !== undefined) throw this.handlerError;
    if (this.header === undefined) throw new UserError(`${this.name}: has no header line`);
  }

  private finish(): void {
    if (this.plain) {
      if (!this.failed()) this.plain.end();
    } else if (this.resyncing && !this.failed()) {
      this.reportOversize(undefined);
      this.segment?.stop();
    } else if (!this.failed() && this.segment) {
      this.ending = true;
      this.segment.end();
      // csv-parse may hold a record back until the end: only the last it gives can lack a line break.
      const held = this.atEnd;
      held.forEach(({ record, line }, i) => this.deliver(record, line, i === held.length - 1 && !this.endsWithBreak));
      const e = this.segment.error;
      if (e !== undefined && !this.failed()) throw e instanceof UserError ? e : new UserError(`${this.name}: ${e.message}`);
    } else this.segment?.stop();
  }

  private fail(e: unknown): void {
    if (this.handlerError === undefined) this.handlerError = e;
    this.segment?.stop();
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
    return new Segment(this.delimiter, tracker, bad, data);
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
    this.records++;
    if (this.failed()) return;
    const line = this.tracker.record(record);
    if (line === undefined) return;
    if (this.ending) this.atEnd.push({ record, line });
    else this.deliver(record, line, false);
  }

  private deliver(record: string[], line: number, unterminated: boolean): void {
    if (this.failed()) return;
    try {
      if (this.header === undefined) {
        this.findHeader(record, line, unterminated);
      } else if (unterminated && record.length < this.header.length && record.length < this.lastFieldCount) {
        this.badRecord(line, `the last line ends early, ${record.length} of ${this.header.length} fields and no line break: a cut-off export? (not read)`);
      } else {
        this.lastFieldCount = record.length;
        this.handlers.onRecord(record, line);
      }
    } catch (e) {
      this.fail(e);
    }
  }

  private head(record: string[], line: number): CsvHead {
    return { source: this.name, encoding: this.encoding, delimiter: this.delimiter, header: record, headerLine: line };
  }

  /**
   * The first record is the header unless `isHeader` refuses it: then the records after it are tried, rows of
   * separators alone passed over, until one is accepted or `MAX_LINES_BEFORE_HEADER` were refused. Below a refused
   * line, an accepted record is only a candidate until the next non-empty record confirms it (`confirms`): a
   * key–value line of a title block ("Date;12/03/2025") above a wider table must not be taken for the header.
   */
  private findHeader(record: string[], line: number, unterminated: boolean): void {
    const isHeader = this.handlers.isHeader;
    if (isHeader === undefined) {
      this.header = record;
      this.handlers.onHead(this.head(record, line));
      return;
    }
    const here = { record, line, unterminated };
    const blank = record.every((f) => f.trim() === '');
    const candidate = this.candidate;
    if (candidate !== undefined) {
      if (blank) {
        candidate.after.push(here);
        return;
      }
      this.candidate = undefined;
      if (confirms(candidate.record, record)) {
        this.acceptHeader(candidate);
        for (const r of [...candidate.after, here]) this.deliver(r.record, r.line, r.unterminated);
        return;
      }
      this.beforeHeader.push(candidate, ...candidate.after);
      if (this.tooManyAboveHeader()) {
        this.firstIsHeader();
        this.deliver(record, line, unterminated);
        return;
      }
    }
    if (!blank && isHeader.call(this.handlers, this.head(record, line))) {
      if (this.beforeHeader.some((r) => !isBlank(r.record))) this.candidate = { ...here, after: [] };
      else this.acceptHeader(here);
      return;
    }
    this.beforeHeader.push(here);
    if (this.tooManyAboveHeader()) this.firstIsHeader();
  }

  private tooManyAboveHeader(): boolean {
    return this.beforeHeader.filter((r) => !isBlank(r.record)).length > MAX_LINES_BEFORE_HEADER;
  }

  private acceptHeader(at: { record: string[]; line: number }): void {
    this.header = at.record;
    const skipped = this.beforeHeader.splice(0).map((r) => ({ line: r.line, fields: r.record }));
    this.handlers.onHead({ ...this.head(at.record, at.line), ...(skipped.length > 0 ? { skipped } : {}) });
  }

  /** The input ended before a header was settled: a candidate nothing followed is the header, else the first record. */
  private settleHeader(): void {
    const candidate = this.candidate;
    this.candidate = undefined;
    if (candidate === undefined) return this.firstIsHeader();
    this.acceptHeader(candidate);
    for (const r of candidate.after) this.deliver(r.record, r.line, r.unterminated);
  }

  /** No record was accepted as the header: the first is, as without `isHeader`, and the rest are data. */
  private firstIsHeader(): void {
    const [first, ...rest] = this.beforeHeader.splice(0);
    if (first === undefined) return;
    this.header = first.record;
    this.handlers.onHead(this.head(first.record, first.line));
    for (const r of rest) this.deliver(r.record, r.line, r.unterminated);
  }
}

function isBlank(record: readonly string[]): boolean {
  return record.every((f) => f.trim() === '');
}

/**
 * Whether the row under a header found below a title agrees with it: as many fields, or, for a header of three or
 * more, one more or one fewer (a trailing separator on the rows or the header, an empty last cell an export drops,
 * as French Excel and agency tools write them). A key–value line (two fields) needs the same width exactly.
 */
function confirms(header: readonly string[], row: readonly string[]): boolean {
  const apart = Math.abs(row.length - header.length);
  return apart === 0 || (header.length >= 3 && apart === 1);
}
