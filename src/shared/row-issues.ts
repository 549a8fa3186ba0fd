/** A row that could not be used, with everything needed to find and fix it in the source file. */
export interface RejectedRow {
  file: string;
  line: number;
  /** The column as the file names it; null when the whole record is at fault. */
  column: string | null;
  value: string | null;
  reason: string;
  /** A row every export of its kind has (YouTube Studio's Total row): rejected and listed, not counted by --strict. */
  expected?: true;
}

/**
 * An optional cell that could not be read: the row is still used, the account scored from its other cells, and the
 * cell reported with everything needed to fix it. Empty, `-` and `n/a` are missing values, never warnings.
 */
export interface CellWarning {
  file: string;
  line: number;
  column: string;
  value: string;
  reason: string;
}

/** Rejected rows or unreadable cells as a document's end reads them: counted, and read once, in order. */
export interface IssueList<T> extends Iterable<T> {
  readonly length: number;
}
