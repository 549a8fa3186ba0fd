import { MAX_RECORD_BYTES, Segment } from './csv-segment.js';
import { UserError } from '../shared/user-error.js';
import { firstLineEnd, LineTracker } from './line-tracker.js';
import { characterColumn, scanQuotes, type OpenQuote } from './open-quote.js';
import { PlainLines } from './plain-lines.js';
import { RecordWindow } from './record-window.js';
import type { CsvHandlers, CsvHead } from './csv-handlers.js';
import { MAX_LINES_BEFORE_HEADER, type Delimiter, type Encoding } from './sniff.js';

/** What csv-parse gets per write: less than a record may hold, so a record too long began in an earlier piece. */
const PIECE_BYTES = 64 * 1024;

/**
 * Records from an input fed piece by piece, with their line numbers. Plain lines (no quote, no lone CR) take the
 * fast path (`PlainLines`) until the first piece that is not plain; from there csv-parse reads the rest. csv-parse
 * cannot go on after a record over `max_record_size`: it drops the rest of every later chunk, so one long field lost
 * the rows after it and reported phantom rows, one per chunk. The feed abandons such a record, drops the parser and
 * starts a new one. When the record is over the limit because a quote opened in it never closes (or the input ends
 * inside the quote), only the record up to the quote's line is rejected, and reading resumes on the line after it,
 * from the bytes kept since the record began (`RecordWindow`): one stray quote would otherwise take a megabyte of rows
 * with it, or the rest of the file. Any other record over the limit (`,,,,` for a megabyte) is one rejected row, and
 * reading resumes at the first line break past the limit.
 * A last line without a line break that ends early (fewer fields than the header and than the record before it) is a
 * cut-off export: reported, not read.
 */
export class RecordFeed {
  private header: string[] | undefined;
  private handlerError: unknown;
  private plain: PlainLines | undefined;
  private segment: Segment | undefined;
  private tracker!: LineTracker;
  private window!: RecordWindow;
  /** csv-parse is reading the input's end: the records it gives now are held until it is done (see `end`). */
  private ending = false;
  private finished = false;
  private atEnd: { record: string[]; line: number }[] = [];
  /** The input's last byte was a line break. */
  private endsWithBreak = false;
  private lastFieldCount = 0;
  /** Passing over the rest of an abandoned record's line: `done` reports it once its end is known (undefined: the input's). */
  private skipping: { line: number; done: (last: number | undefined) => void } | undefined;
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
    linesBefore: number,
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
    if (bytes.length > 0) this.endsWithBreak = bytes[bytes.length - 1] === 0x0a || bytes[bytes.length - 1] === 0x0d;
    for (let at = 0; at < bytes.length && !this.failed(); at += PIECE_BYTES) this.writePiece(bytes.subarray(at, at + PIECE_BYTES));
  }

  private writePiece(piece: Buffer): void {
    if (this.skipLf) {
      this.skipLf = false;
      if (piece[0] === 0x0a) piece = piece.subarray(1);
    }
    if (this.plain) {
      if (this.plain.write(piece)) return;
      // Not plain from here on: csv-parse takes over at the line the fast path reached.
      piece = this.plain.rest();
      const line = this.plain.nextLine;
      this.plain = undefined;
      this.startSegment(line);
    }
    this.parse(piece);
  }

  /** Parses `input`: after an abandoned record, what is read again and then the rest of the piece. */
  private parse(input: Buffer): void {
    while (input.length > 0 && !this.failed()) {
      if (this.skipping) {
        const end = firstLineEnd(input);
        if (end === undefined) return;
        const { line, done } = this.skipping;
        this.skipping = undefined;
        this.skipLf = end.crAtEnd;
        done(line);
        input = input.subarray(end.end);
        this.startSegment(line + 1);
        continue;
      }
      const segment = this.segment!;
      const piece = input.subarray(0, PIECE_BYTES);
      input = input.subarray(piece.length);
      this.window.append(piece);
      segment.write(piece);
      if (this.failed()) return;
      this.window.trimTo(this.tracker.upcoming);
      // csv-parse bounds a record by its field characters only: delimiters count here too (",,,," for a megabyte
      // is one record of a million fields).
      if (!segment.oversize && this.window.length > MAX_RECORD_BYTES) segment.markOversize();
      if (segment.oversize) input = this.abandonLong(input);
    }
  }

  /** A plain line too long to be a record; the first one is no header: not a CSV export. */
  private tooLong(line: number): void {
    this.settleCandidate();
    if (this.header === undefined) {
      this.fail(new UserError(`${this.name}:${line}: the first record is longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?): is this a CSV export?`));
      return;
    }
    this.badRecord(line, `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends, or a quote never closed?): skipped`);
  }

  /**
   * The open record went past `MAX_RECORD_BYTES`; `input` is what follows the window. Returns what to parse next.
   * What is done with it is decided on its first `MAX_RECORD_BYTES` alone, not on where the piece that showed it too
   * long ended, so the rows are the same however the input comes in chunks.
   */
  private abandonLong(input: Buffer): Buffer {
    const first = this.window.line;
    this.settleCandidate();
    if (this.header === undefined) {
      this.fail(new UserError(`${this.name}:${first}: the first record is longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?): is this a CSV export?`));
      return Buffer.alloc(0);
    }
    const bytes = this.window.bytes;
    const scan = scanQuotes(bytes, MAX_RECORD_BYTES, this.delimiter.charCodeAt(0), first);
    if (scan.open) {
      // Read again from the line after the quote's: up to the limit that is all inside the quoted field, so it holds
      // no quote but doubled ones, and no quote opened in it stays open. The next record abandoned this way has its
      // quote past this limit: every two of them move on by a megabyte, and the input is read about three times at
      // most, however many quotes are never closed.
      const open = scan.open;
      const at = this.quoteAt(open, bytes);
      this.skipping = { line: open.line, done: (last) => this.badRecord(first, this.unclosedReason(first, open.line, at, `within the ${MAX_RECORD_BYTES}-byte record limit`, last), this.header?.[open.field]) };
      return Buffer.concat([bytes.subarray(open.at), input]);
    }
    // No quote open at the limit (separators, a long field): one rejected row, up to the first line break past it.
    this.skipping = {
      line: scan.line,
      done: (last) => {
        const skipped = last === undefined ? 'skipped to the end of the input' : last > first ? `lines ${first}–${last} skipped` : 'skipped';
        this.badRecord(first, `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends, or a quote never closed?): ${skipped}`);
      },
    };
    return Buffer.concat([bytes.subarray(scan.at), input]);
  }

  /** The input ended inside a quoted field opened in the record on `window.line`. Returns what to parse next. */
  private abandonUnclosed(): Buffer {
    const first = this.window.line;
    const bytes = this.window.bytes;
    const scan = scanQuotes(bytes, bytes.length, this.delimiter.charCodeAt(0), first);
    const open = scan.open;
    this.settleCandidate();
    // Before the header the file is still being recognised: what the quote swallowed is no row to resume at.
    if (this.header === undefined || !open) {
      this.badRecord(first, 'a quote opened on this line is never closed: the rest of the file was read as one field');
      return Buffer.alloc(0);
    }
    // Read again from the line after the quote's: all of it inside the quoted field, it cannot end inside another.
    const at = this.quoteAt(open, bytes);
    this.skipping = { line: open.line, done: (last) => this.badRecord(first, this.unclosedReason(first, open.line, at, 'before the end of the input', last), this.header?.[open.field]) };
    return bytes.subarray(open.at);
  }

  /** Where a quote opened: "character 3, "bio" field". */
  private quoteAt(open: OpenQuote, bytes: Uint8Array): string {
    const name = this.header?.[open.field];
    const field = name === undefined ? `field ${open.field + 1}` : `${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)} field`;
    return `character ${characterColumn(bytes, open.lineStart, open.at)}, ${field}`;
  }

  private unclosedReason(first: number, quoteLine: number, at: string, how: string, last: number | undefined): string {
    const where = quoteLine === first ? 'on this line' : `on line ${quoteLine}`;
    const lines = quoteLine === first ? 'only this line is rejected' : `lines ${first}–${quoteLine} are rejected, as one record`;
    const then = last === undefined ? ' (the input ends on it)' : `; reading resumes on line ${last + 1}`;
    return `a quote opened ${where} (${at}) is never closed ${how}: ${lines}${then}`;
  }

  /** Reading stops before the input's end: what is buffered is dropped, neither a record nor a cut one. */
  abandon(): void {
    this.plain = undefined;
    this.skipping = undefined;
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
    if (this.failed()) {
      this.segment?.stop();
    } else if (this.plain) {
      this.plain.end();
    } else if (this.skipping) {
      this.skippedToEnd();
    } else {
      while (this.segment && !this.failed()) {
        const segment = this.segment;
        this.ending = true;
        segment.end();
        this.ending = false;
        // csv-parse may hold a record back until the end: only the last it gives can lack a line break.
        const held = this.atEnd.splice(0);
        held.forEach(({ record, line }, i) => this.deliver(record, line, !segment.unclosed && i === held.length - 1 && !this.endsWithBreak));
        const e = segment.error;
        if (e !== undefined && !this.failed()) throw e instanceof UserError ? e : new UserError(`${this.name}: ${e.message}`);
        this.segment = undefined;
        if (!segment.unclosed || this.failed()) return;
        this.window.trimTo(this.tracker.upcoming);
        // What follows the quote's line is parsed by a new segment, ended in the next round.
        this.parse(this.abandonUnclosed());
        this.skippedToEnd();
      }
    }
  }

  /** The input ended while an abandoned record's line was passed over. */
  private skippedToEnd(): void {
    const skipping = this.skipping;
    this.skipping = undefined;
    skipping?.done(undefined);
  }

  private fail(e: unknown): void {
    if (this.handlerError === undefined) this.handlerError = e;
    this.segment?.stop();
  }

  /** A new csv-parse from the start of `line`. */
  private startSegment(line: number): void {
    const tracker = new LineTracker(line - 1);
    tracker.offset = line - 1;
    this.tracker = tracker;
    this.window = new RecordWindow(line);
    const bad = (l: number, reason: string): void => this.badRecord(l, reason);
    const data = (record: string[]): void => this.record(record);
    this.segment = new Segment(this.delimiter, tracker, bad, data);
  }

  private badRecord(line: number, reason: string, column?: string): void {
    if (this.failed()) return;
    try {
      this.handlers.onBadRecord(line, reason, column);
    } catch (e) {
      this.fail(e);
    }
  }

  // An exception from a handler is the caller's (a UserError, or a bug that must keep its stack), not a CSV
  // problem: it is kept aside, the parser stopped, and it is rethrown as is.
  private record(record: string[]): void {
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
    if (this.candidate === undefined) return this.firstIsHeader();
    this.settleCandidate();
  }

  /**
   * A header found below a title and waiting for the next record to confirm it (`findHeader`) is the header when no
   * record can come to confirm it: the input ended, or the next record was abandoned (an unclosed quote in the first
   * row must cost that row, not the file).
   */
  private settleCandidate(): void {
    const candidate = this.candidate;
    if (this.header !== undefined || candidate === undefined) return;
    this.candidate = undefined;
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
