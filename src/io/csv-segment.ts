import { parse, type CsvError, type Parser } from 'csv-parse';
import type { LineTracker } from './line-tracker.js';
import type { Delimiter } from './sniff.js';

/** Limits that turn a runaway field into a clear error instead of a memory blow-up. */
export const MAX_RECORD_BYTES = 1 << 20;

/** One csv-parse instance, from the start of the input or from where reading resumed after an oversize record. */
export class Segment {
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
  __onRecord?: (push: unknown) => unknown;
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
  if (!api || typeof onRecord !== 'function' || !state || !Array.isArray(state.record) || !('expectedRecordLength' in state) || onRecord.length !== 1) return;
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
