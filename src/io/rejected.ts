/** A row that could not be used, with everything needed to find and fix it in the source file. */
export interface RejectedRow {
  file: string;
  line: number;
  /** The column as the file names it; null when the whole record is at fault. */
  column: string | null;
  value: string | null;
  reason: string;
}
