import type { Delimiter, Encoding } from './sniff.js';

/** A CSV input's first line, read and sniffed: what every reader is built from. */
export interface CsvHead {
  source: string;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
  headerLine: number;
  /**
   * Records above the header, when the first was not one (an export's title, a row of separators): not data, so not
   * rows read, but said, since a line of data taken for a title would otherwise vanish.
   */
  skipped?: readonly { line: number; fields: readonly string[] }[];
}

/** Where records go once the caller reads them: the data, the records CSV syntax rejects, and flow control. */
export interface RecordHandlers {
  /** A data record and the line it starts on (1-based, as an editor shows it). */
  onRecord(fields: string[], line: number): void;
  /**
   * A record the CSV syntax itself rejects (unclosed quote, oversize, cut short): reported, never silently dropped.
   * `column`: the header of the field at fault, when one is (the field an unclosed quote opened in).
   */
  onBadRecord(line: number, reason: string, column?: string): void;
  /** Awaited between chunks: lets a slow stdout hold the reading back instead of buffering output. */
  pause?(): Promise<void> | undefined;
  /** True once nobody wants more (stdout closed): reading stops early. */
  stopped?(): boolean;
}

/** `readCsv`'s handlers: the header first, then the records. */
export interface CsvHandlers extends RecordHandlers {
  /** Called once with the header, before any record; may throw a UserError (e.g. unrecognised columns). */
  onHead(head: CsvHead): void;
  /**
   * Whether a record is the header. Without it the first record is; with it, records it refuses are tried in turn,
   * up to `MAX_LINES_BEFORE_HEADER` of them above the header; when none is accepted the first is the header after all
   * (its error is the one to give) and the others are data.
   */
  isHeader?(head: CsvHead): boolean;
}
