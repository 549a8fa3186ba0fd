import type { Delimiter, Encoding } from './sniff.js';

/** A CSV input's first line, read and sniffed: what every reader is built from. */
export interface CsvHead {
  source: string;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
  headerLine: number;
}

/** Where records go once the caller reads them: the data, the records CSV syntax rejects, and flow control. */
export interface RecordHandlers {
  /** A data record and the line it starts on (1-based, as an editor shows it). */
  onRecord(fields: string[], line: number): void;
  /** A record the CSV syntax itself rejects (unclosed quote, oversize, cut short): reported, never silently dropped. */
  onBadRecord(line: number, reason: string): void;
  /** Awaited between chunks: lets a slow stdout hold the reading back instead of buffering output. */
  pause?(): Promise<void> | undefined;
  /** True once nobody wants more (stdout closed): reading stops early. */
  stopped?(): boolean;
}

/** `readCsv`'s handlers: the header first, then the records. */
export interface CsvHandlers extends RecordHandlers {
  /** Called once with the header, before any record; may throw a UserError (e.g. unrecognised columns). */
  onHead(head: CsvHead): void;
}
