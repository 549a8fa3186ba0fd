import type { RejectedRow } from '../../shared/row-issues.js';

/**
 * What every kind of input is read by: its records in file order, then `end`. A reader turns records into typed rows
 * (io/kinds) and hands them on; a row it cannot use is rejected with its file, line, column and reason.
 */
export interface Reader {
  record(fields: string[], line: number): void;
  end(): void;
  /** Set when some date had no year and was placed from `--year` (a note says so). */
  readonly sawYearless?: boolean;
  /** Rows that took the default platform: nothing in them or in the file's headers named one (a note says so). */
  readonly defaultedPlatform?: number;
  /** A history's runs of rows whose platform was named: beside defaulted ones, only some accounts took the default. */
  readonly namedPlatform?: number;
  /** Followers whose account age was counted from a creation date to `--as-of` or today (a note says which day). */
  readonly agesCounted?: number;
}

/** Where a reader hands its typed rows. */
export interface RowSink<T> {
  row(row: T): void;
  rejected(row: RejectedRow): void;
}
