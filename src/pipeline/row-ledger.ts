import type { CellWarning, RejectedRow } from '../shared/row-issues.js';
import type { Diagnostics } from './diagnostics.js';

/**
 * The rows of a run: every record read is used or rejected (read = used + rejected), and every unreadable cell of a
 * used row is a warning. Each rejection and warning is printed on stderr as it comes and kept for the document.
 */
export class RowLedger {
  readonly rows = { read: 0, used: 0, rejected: 0 };
  readonly rejected: RejectedRow[] = [];
  readonly warnings: CellWarning[] = [];

  constructor(private readonly diagnostics: Diagnostics) {}

  read(): void {
    this.rows.read++;
  }

  used(): void {
    this.rows.used++;
  }

  reject(r: RejectedRow): void {
    this.rows.rejected++;
    this.rejected.push(r);
    this.diagnostics.rejected(r);
  }

  /** A row counted as used turns out to be rejected (a duplicate found once the accounts were joined). */
  unuse(r: RejectedRow): void {
    this.rows.used--;
    this.reject(r);
  }

  warn(w: CellWarning): void {
    this.warnings.push(w);
    this.diagnostics.warning(w);
  }
}
