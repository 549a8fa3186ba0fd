import { countOf } from '../core/format.js';
import type { CellWarning, RejectedRow } from '../shared/row-issues.js';
import { safeText } from '../render/safe-text.js';
import type { RunSummary } from './summary.js';

/** Rejected rows printed on stderr before the rest are only counted. */
export const MAX_PRINTED_REJECTIONS = 20;

/**
 * Everything for stderr: rejected rows as `influaudit: file:line: column: reason, got "value"`, at most 20, then a
 * count; notes; and for formats without a summary of their own (ndjson), the summary line. Everything quoted from the
 * data (file, column, reason, value) goes through safeText: a reason can quote a handle ("duplicate roster row for
 * …"), and a library caller of runCli has no main.ts escaping stderr for it.
 */
export class Diagnostics {
  private printed = 0;
  private more = 0;
  private moreWarnings = 0;

  constructor(
    private readonly err: (line: string) => void,
    private readonly opts: { quiet: boolean; summaryLine: boolean },
  ) {}

  rejected(r: RejectedRow): void {
    if (this.opts.quiet) return;
    if (this.printed >= MAX_PRINTED_REJECTIONS) {
      this.more++;
      return;
    }
    this.printed++;
    const column = r.column === null ? '' : ` ${safeText(r.column)}:`;
    const value = r.value === null ? '' : `, got ${safeText(JSON.stringify(r.value.length > 60 ? `${r.value.slice(0, 60)}…` : r.value))}`;
    this.err(`influaudit: ${safeText(r.file)}:${r.line}:${column} ${safeText(r.reason)}${value}`);
  }

  /** A cell left out of a row that is still used: printed like a rejection, counted against the same budget. */
  warning(w: CellWarning): void {
    if (this.opts.quiet) return;
    if (this.printed >= MAX_PRINTED_REJECTIONS) {
      this.moreWarnings++;
      return;
    }
    this.printed++;
    this.err(`influaudit: ${safeText(w.file)}:${w.line}: ${safeText(w.column)}: ${safeText(w.reason)}, got ${safeText(JSON.stringify(w.value.length > 60 ? `${w.value.slice(0, 60)}…` : w.value))} (cell ignored, row used)`);
  }

  note(message: string): void {
    if (!this.opts.quiet) this.err(`influaudit: ${safeText(message)}`);
  }

  finish(s: RunSummary): void {
    if (this.more > 0 && !this.opts.quiet) this.err(`influaudit: …and ${this.more} more rejected rows (see --format json)`);
    if (this.moreWarnings > 0 && !this.opts.quiet) this.err(`influaudit: …and ${this.moreWarnings} more unreadable cells (see --format json)`);
    if (this.opts.summaryLine && !this.opts.quiet) {
      const gate = s.gate.failOn === null && s.gate.minScore === null ? '' : `; gate ${s.gate.failed ? 'failed' : 'passed'}`;
      this.err(`influaudit: ${countOf(s.accounts, 'account')} (${s.authentic} authentic, ${s.suspicious} suspicious, ${s.likelyFake} likely fake, ${s.insufficientData} insufficient data); rows ${s.rows.read} read, ${s.rows.used} used, ${s.rows.rejected} rejected${s.warnings ? `, ${countOf(s.warnings, 'unreadable cell')}` : ''}${gate}`);
    }
  }
}
