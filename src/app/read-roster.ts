import type { Platform } from '../core/platform.js';
import type { ColumnMap, ColumnOverrides } from '../io/columns.js';
import { decideConventions, type FileConventions } from '../io/conventions.js';
import { Lookahead } from './lookahead.js';
import { isRosterRow, rosterNumericColumns, rosterRateColumns, rosterRow, type RosterContext, type RosterField, type RosterRow } from '../io/kinds/roster.js';
import type { RejectedRow } from '../io/rejected.js';
import type { CsvHead } from '../io/read-csv.js';

export interface RosterDecisions {
  conventions: FileConventions;
}

export interface RowSink<T> {
  row(row: T): void;
  rejected(row: RejectedRow): void;
}

/**
 * Turns a roster file's records into typed rows. The first rows are held back until the file's number conventions
 * are decided (conventions.ts), then everything streams: memory stays constant whatever the file's size.
 */
export class RosterReader {
  /** Undefined when the conventions were given (a worker reading part of the file, decided on its start). */
  private readonly lookahead: Lookahead | undefined;
  private conventions: FileConventions | undefined;

  constructor(
    private readonly head: CsvHead,
    private readonly columns: ColumnMap<RosterField>,
    private readonly defaultPlatform: Platform,
    private readonly sink: RowSink<RosterRow>,
    decided?: RosterDecisions,
  ) {
    this.conventions = decided?.conventions;
    this.lookahead = decided ? undefined : new Lookahead((rows) => this.decide(rows), (fields, line) => this.convert(fields, line));
  }

  /** What was decided from the file's first rows, once it is: what another reader of the same file must use. */
  decisions(): RosterDecisions | undefined {
    return this.conventions && { conventions: this.conventions };
  }

  record(fields: string[], line: number): void {
    if (this.lookahead) this.lookahead.record(fields, line);
    else this.convert(fields, line);
  }

  end(): void {
    this.lookahead?.end();
  }

  private decide(rows: readonly (readonly string[])[]): void {
    this.conventions = decideConventions(rows, rosterNumericColumns(this.columns), rosterRateColumns(this.columns, this.head.header), this.head.delimiter);
  }

  /** Built once the conventions are known, rather than for every row. */
  private context: RosterContext | undefined;

  private convert(fields: string[], line: number): void {
    const r = rosterRow(fields, line, this.context ??= {
      file: this.head.source, header: this.head.header, columns: this.columns,
      conventions: this.conventions!, defaultPlatform: this.defaultPlatform,
    });
    if (isRosterRow(r)) this.sink.row(r);
    else this.sink.rejected(r);
  }
}

export type { ColumnOverrides };
