import type { CellWarning, RejectedRow } from '../shared/row-issues.js';
import type { Diagnostics } from './diagnostics.js';
import { IssueLog } from './issue-log.js';

/**
 * The rows of a run: every record read is used or rejected (read = used + rejected), and every unreadable cell of a
 * used row is a warning. Each rejection and warning is printed on stderr as it comes, counted, and kept for the
 * document when its format lists them (`list`): a format that only counts them holds none, whatever the file.
 */
export class RowLedger {
  readonly rows = { read: 0, used: 0, rejected: 0 };
  readonly rejected = new IssueLog<RejectedRow>();
  readonly warnings = new IssueLog<CellWarning>();
  /** Unreadable cells, listed or not. */
  warned = 0;
  /** Rejected rows every export of their kind has (`expected`): --strict does not count them. */
  expectedRejections = 0;

  constructor(private readonly diagnostics: Diagnostics, private readonly list = true) {}

  read(): void {
    this.rows.read++;
  }

  used(): void {
    this.rows.used++;
  }

  reject(r: RejectedRow): void {
    this.rows.rejected++;
    if (r.expected) this.expectedRejections++;
    if (this.list) this.rejected.add(r);
    this.diagnostics.rejected(r);
  }

  /** A row counted as used turns out to be rejected (a duplicate found once the accounts were joined). */
  unuse(r: RejectedRow): void {
    this.rows.used--;
    this.reject(r);
  }

  warn(w: CellWarning): void {
    this.warned++;
    if (this.list) this.warnings.add(w);
    this.diagnostics.warning(w);
  }

  /** Frees what the lists hold once the document is written. */
  close(): void {
    this.rejected.close();
    this.warnings.close();
  }
}
