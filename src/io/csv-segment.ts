import { parse, type CsvError } from 'csv-parse';
import type { LineTracker } from './line-tracker.js';
import type { Delimiter } from './sniff.js';

/** Limits that turn a runaway field into a clear error instead of a memory blow-up. */
export const MAX_RECORD_BYTES = 1 << 20;

/**
 * What csv-parse's stream is built on (`parser.api`): `parse(bytes, end, push, close)` parses a buffer and calls
 * `push` for each record, synchronously. Called directly, every record skips the stream's object-mode buffering and
 * its 'data' event (docs/performance.md). csv-parse/sync uses it the same way.
 */
interface ParserApi {
  parse(bytes: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/** One csv-parse instance, from the start of the input or from where reading resumed after an oversize record. */
export class Segment {
  private readonly api: ParserApi & ParserInternals;
  private readonly push: (record: string[]) => void;
  private readonly bad: (line: number, reason: string) => void;
  private readonly tracker: LineTracker;
  private stopped = false;
  /** What csv-parse gave up on (a record error it could not skip): the input cannot be read on. */
  error: Error | undefined;
  /** The open record is over `MAX_RECORD_BYTES`: nothing more is parsed. */
  oversize = false;
  /** The input ended inside a quoted field: the record it holds starts on `tracker.upcoming`. */
  unclosed = false;

  constructor(delimiter: Delimiter, tracker: LineTracker, bad: (line: number, reason: string) => void, data: (record: string[]) => void) {
    this.tracker = tracker;
    this.bad = bad;
    const parser = parse({
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_BYTES,
      on_skip: (err: CsvError | undefined) => {
        if (!err || this.oversize || this.unclosed) return;
        // Both leave the tracker on the record's first line: the feed reads it again from the window it keeps.
        if (err.code === 'CSV_MAX_RECORD_SIZE') this.markOversize();
        else if (err.code === 'CSV_QUOTE_NOT_CLOSED') this.unclosed = true;
        else this.bad(this.tracker.skipped(typeof err.lines === 'number' ? err.lines : undefined), csvErrorReason(err));
      },
    });
    const api = (parser as unknown as { api?: Partial<ParserApi> & ParserInternals }).api;
    if (!api || typeof api.parse !== 'function') throw new Error('csv-parse has no parse API (parser.api): influaudit needs csv-parse 7');
    skipFieldCountCheck(api);
    this.api = api as ParserApi & ParserInternals;
    this.push = data;
  }

  /** Parses the next bytes of the input; records come to `data` before it returns. */
  write(piece: Buffer): void {
    if (this.stopped) return;
    this.tracker.piece(piece);
    this.result(this.api.parse(piece, false, this.push, noop));
  }

  /** The input has ended: a last record without a line break is given now. */
  end(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.tracker.piece(undefined);
    this.result(this.api.parse(undefined, true, this.push, noop));
  }

  /** The open record is too long (counted by bytes, delimiters included, where csv-parse counts field characters). */
  markOversize(): void {
    this.oversize = true;
    this.stopped = true;
  }

  /** Nothing more is parsed (a handler failed, or an oversize record dropped this parser). */
  stop(): void {
    this.stopped = true;
  }

  private result(err: Error | undefined): void {
    if (err === undefined) return;
    this.error ??= err;
    this.stopped = true;
  }
}

function noop(): void {}

interface ParserInternals {
  __onRecord?: (push: unknown) => unknown;
  state?: { record?: unknown; expectedRecordLength?: number };
}

/**
 * csv-parse 7 builds a CsvError (stack capture, JSON copy of the record) for every record whose field count differs
 * from the first record's, even with relax_column_count, then throws it away: blank lines, ragged rows and trailing
 * delimiters parsed many times slower (docs/performance.md). Announcing each
 * record's own length as the expected one skips that. Without these internals (another csv-parse) it is only slower.
 */
function skipFieldCountCheck(api: ParserInternals): void {
  const onRecord = api.__onRecord;
  const state = api.state;
  if (typeof onRecord !== 'function' || !state || !Array.isArray(state.record) || !('expectedRecordLength' in state) || onRecord.length !== 1) return;
  // One argument (csv-parse 7's `push`), passed on without a rest array: this runs for every record.
  api.__onRecord = function (this: ParserInternals, push: unknown) {
    const state = this.state!;
    state.expectedRecordLength = (state.record as unknown[]).length;
    return onRecord.call(this, push);
  };
}

function csvErrorReason(err: CsvError): string {
  return err.message.replace(/\s+/g, ' ');
}
