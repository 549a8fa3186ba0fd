import { parse, type CsvError } from 'csv-parse';
import type { LineTracker } from './line-tracker.js';
import type { Delimiter } from './sniff.js';

/** Limits that turn a runaway field into a clear error instead of a memory blow-up. */
export const MAX_RECORD_BYTES = 1 << 20;

/**
 * What csv-parse's stream is built on (`parser.api`): `parse(bytes, end, push, close)` parses a buffer and calls
 * `push` for each record, synchronously. Called directly, every record skips the stream's object-mode buffering and
 * its 'data' event: 30-40 ns a row of a roster, measured in process. csv-parse/sync uses it the same way.
 */
interface ParserApi {
  parse(bytes: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/**
 * One csv-parse instance, from the start of the input or from where reading resumed after an oversize record. A
 * thread reading chunk after chunk restarts the same one (`restart`) rather than making a new one per chunk, and a
 * reader done with its input leaves its instance to the thread's next reader (`release`, `Segment.spare`).
 */
export class Segment {
  private readonly api: ParserApi & ParserInternals;
  private push: (record: string[]) => void;
  private bad: (line: number, reason: string) => void;
  private tracker: LineTracker;
  private stopped = false;
  /** The input was parsed to its end (not stopped on the way): only then can the parser read another. */
  private ended = false;
  /** csv-parse's line count where this input began: it counts on across restarts, the tracker from the input. */
  private lineBase = 0;
  /** What csv-parse gave up on (a record error it could not skip): the input cannot be read on. */
  error: Error | undefined;
  oversize = false;
  oversizeLine = 0;

  constructor(private readonly delimiter: Delimiter, tracker: LineTracker, bad: (line: number, reason: string) => void, data: (record: string[]) => void) {
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
        if (!err || this.oversize) return;
        const line = this.tracker.skipped(typeof err.lines === 'number' ? err.lines - this.lineBase : undefined);
        if (err.code === 'CSV_MAX_RECORD_SIZE') {
          this.oversize = true;
          this.oversizeLine = line;
        } else this.bad(line, csvErrorReason(err));
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
    this.ended = true;
    this.tracker.piece(undefined);
    this.result(this.api.parse(undefined, true, this.push, noop));
  }

  /** Nothing more is parsed (a handler failed, or an oversize record dropped this parser). */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Reads a new input with the same parser, its lines counted by `tracker`: only once the last one ended cleanly,
   * with nothing held over (false otherwise, and a new Segment is needed). A parser made per chunk cost ~10 % more a
   * row than one kept: each new instance brings its own closures, which the optimised code then calls as unknown
   * targets, and warms up again (in-process, 1 MiB chunks of a roster).
   */
  restart(tracker: LineTracker): boolean {
    if (this.released) return false;
    const state = this.api.state;
    const api = this.api as ParserInternals & { info?: { lines?: unknown } };
    if (!this.ended || this.error !== undefined || this.oversize || !state || typeof api.info?.lines !== 'number') return false;
    if (state.quoting !== false || (state.record as unknown[] | undefined)?.length !== 0 || state.field?.length !== 0) return false;
    // The end consumed all of what was held over, but leaves it in place: it would be parsed again.
    state.previousBuf = undefined;
    this.tracker = tracker;
    this.lineBase = api.info.lines - 1;
    this.stopped = false;
    this.ended = false;
    return true;
  }

  private released = false;

  /**
   * Its reader is done with it, for good: it may serve the thread's next reader of the same delimiter (the reader of
   * a file's chunks after the reader of its head). A second csv-parse instance in a thread cost the first as much:
   * their closures made every call in the optimised parser one to several targets (9 % more instructions for a
   * 400k-row roster read in 1 MiB chunks after a 64 KiB head, callgrind).
   */
  release(): void {
    if (this.released || !this.ended) return;
    this.released = true;
    // Kept until the next reader takes it: nothing of this reader's (its handlers, its last bytes) may stay reachable.
    this.push = noop;
    this.bad = noop;
    if (this.api.state) this.api.state.previousBuf = undefined;
    SPARE.set(this.delimiter, this);
  }

  /** The thread's released instance for `delimiter`, restarted for a new reader, if it ended cleanly. */
  static spare(delimiter: Delimiter, tracker: LineTracker, bad: (line: number, reason: string) => void, data: (record: string[]) => void): Segment | undefined {
    const s = SPARE.get(delimiter);
    if (s === undefined) return undefined;
    SPARE.delete(delimiter);
    s.released = false;
    if (!s.restart(tracker)) return undefined;
    s.bad = bad;
    s.push = data;
    return s;
  }

  private result(err: Error | undefined): void {
    if (err === undefined) return;
    this.error ??= err;
    this.stopped = true;
  }
}

function noop(): void {}

/** Released instances, one per delimiter: module state, so one set per thread. */
const SPARE = new Map<Delimiter, Segment>();

interface ParserInternals {
  __onRecord?: (push: unknown) => unknown;
  state?: { record?: unknown; expectedRecordLength?: number; quoting?: unknown; previousBuf?: unknown; field?: { length?: unknown } };
}

/**
 * csv-parse 7 builds a CsvError (stack capture, JSON copy of the record) for every record whose field count differs
 * from the first record's, even with relax_column_count, then throws it away: blank lines, ragged rows and trailing
 * delimiters parsed 10–35× slower (300,000 rows with a trailing comma: 5.8 s instead of 0.2 s). Announcing each
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
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opened on this line is never closed: the rest of the file was read as one field';
    default:
      return err.message.replace(/\s+/g, ' ');
  }
}
