import type { Platform } from '../core/platform.js';
import type { ColumnMap, ColumnOverrides } from '../io/columns.js';
import { decideConventions, type FileConventions } from '../io/conventions.js';
import { Lookahead } from './lookahead.js';
import { isRosterRow, rosterNumericColumns, rosterRow, type RosterField, type RosterRow } from '../io/kinds/roster.js';
import type { RejectedRow } from '../io/rejected.js';
import type { CsvHead } from '../io/read-csv.js';

export interface RowSink<T> {
  row(row: T): void;
  rejected(row: RejectedRow): void;
}

/**
 * Turns a roster file's records into typed rows. The first rows are held back until the file's number conventions
 * are decided (conventions.ts), then everything streams: memory stays constant whatever the file's size.
 */
export class RosterReader {
  private readonly lookahead = new Lookahead((rows) => this.decide(rows), (fields, line) => this.convert(fields, line));
  private conventions: FileConventions | undefined;

  constructor(
    private readonly head: CsvHead,
    private readonly columns: ColumnMap<RosterField>,
    private readonly defaultPlatform: Platform,
    private readonly sink: RowSink<RosterRow>,
  ) {}

  record(fields: string[], line: number): void {
    this.lookahead.record(fields, line);
  }

  end(): void {
    this.lookahead.end();
  }

  private decide(rows: readonly (readonly string[])[]): void {
    const rate = this.columns['engagement-rate'];
    this.conventions = decideConventions(
      rows,
      rosterNumericColumns(this.columns),
      rate === undefined ? undefined : { index: rate, header: this.head.header[rate] ?? '' },
      this.head.delimiter,
    );
  }

  private convert(fields: string[], line: number): void {
    const r = rosterRow(fields, line, {
      file: this.head.source, header: this.head.header, columns: this.columns,
      conventions: this.conventions!, defaultPlatform: this.defaultPlatform,
    });
    if (isRosterRow(r)) this.sink.row(r);
    else this.sink.rejected(r);
  }
}

export type { ColumnOverrides };
