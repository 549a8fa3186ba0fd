import { countOf } from '../core/format.js';
import type { DisappearedAccount } from '../shared/account-change.js';
import type { CellWarning, RejectedRow } from '../shared/row-issues.js';
import { gateSet } from '../shared/run-summary.js';
import { normsText } from '../render/norms-used.js';
import { safeText } from '../render/safe-text.js';
import type { GateFailure, RunSummary } from './summary.js';

/** Rejected rows printed on stderr before the rest are only counted. */
export const MAX_PRINTED_REJECTIONS = 20;
const NOTES_KEPT = 100;

/** Characters of a signal's message a gate failure quotes on stderr (JSON has it whole). */
const EVIDENCE_SHOWN = 160;

/** What only the end of a score run knows, for stderr. */
export interface RunEnd {
  summary: RunSummary;
  /** The first accounts that failed the gate (`summary.gate.failedAccounts` counts them all). */
  failures?: readonly GateFailure[];
  /** With `--baseline`, for formats that do not list them on stdout (ndjson, csv). */
  disappeared?: readonly DisappearedAccount[];
}

/**
 * Everything for stderr: rejected rows as `influaudit: file:line: column: reason, got "value"`, at most 20, then a
 * count; notes; for formats without a summary of their own (ndjson, csv), the summary line and the accounts gone since
 * the baseline; and whatever the format, when the gate failed, which accounts failed it and why. Everything quoted
 * from the data (file, column, reason, value, handle) goes through safeText: a reason can quote a handle ("duplicate
 * roster row for …"), and a library caller of runCli has no main.ts escaping stderr for it.
 */
export class Diagnostics {
  private printed = 0;
  private more = 0;
  private moreWarnings = 0;
  /**
   * Lines said before the output began, held (the printed budget of rows and cells, and the notes, a few per input):
   * a run refused before its output ends with its one error line, not with the notes of how far it got.
   */
  private held: string[] | null = [];

  constructor(
    private readonly err: (line: string) => void,
    private readonly opts: { quiet: boolean; summaryLine: boolean },
  ) {}

  /** The document began: what was held is said, and from now on each line as it comes. */
  outputBegan(): void {
    if (this.held === null) return;
    const held = this.held;
    this.held = null;
    for (const line of held) this.err(line);
  }

  private say(line: string): void {
    if (this.held === null) this.err(line);
    else this.held.push(line);
  }

  rejected(r: RejectedRow): void {
    if (this.opts.quiet) return;
    if (this.printed >= MAX_PRINTED_REJECTIONS) {
      this.more++;
      return;
    }
    this.printed++;
    const column = r.column === null ? '' : ` ${safeText(r.column)}:`;
    const value = r.value === null ? '' : `, got ${safeText(JSON.stringify(r.value.length > 60 ? `${r.value.slice(0, 60)}…` : r.value))}`;
    this.say(`influaudit: ${safeText(r.file)}:${r.line}:${column} ${safeText(r.reason)}${value}`);
  }

  /** A cell left out of a row that is still used: printed like a rejection, counted against the same budget. */
  warning(w: CellWarning): void {
    if (this.opts.quiet) return;
    if (this.printed >= MAX_PRINTED_REJECTIONS) {
      this.moreWarnings++;
      return;
    }
    this.printed++;
    this.say(`influaudit: ${safeText(w.file)}:${w.line}: ${safeText(w.column)}: ${safeText(w.reason)}, got ${safeText(JSON.stringify(w.value.length > 60 ? `${w.value.slice(0, 60)}…` : w.value))} (cell ignored, row used)`);
  }

  /**
   * What the run assumed or noticed about its inputs (a platform taken by default, a handle from the file name, an
   * encoding guessed), in order: said on stderr and kept for the JSON document's `notes`, where scripts can see them
   * (even with --quiet). A few per input; more than NOTES_KEPT are said, not kept.
   */
  readonly notes: string[] = [];

  note(message: string): void {
    if (this.notes.length < NOTES_KEPT) this.notes.push(message);
    if (!this.opts.quiet) this.say(`influaudit: ${safeText(message)}`);
  }

  /** Printed even with --quiet: part of an error. */
  error(message: string): void {
    this.outputBegan();
    this.err(`influaudit: ${safeText(message)}`);
  }

  /**
   * The end of a run. A failed gate is said even with --quiet, as errors are: exit 1 with an empty stderr leaves a CI
   * log saying nothing of which account failed or why.
   */
  finish(end?: RunEnd): void {
    this.outputBegan();
    const quiet = this.opts.quiet;
    if (this.more > 0 && !quiet) this.err(`influaudit: …and ${this.more} more rejected rows (see --format json)`);
    if (this.moreWarnings > 0 && !quiet) this.err(`influaudit: …and ${this.moreWarnings} more ignored cells (see --format json)`);
    if (end === undefined) return;
    const s = end.summary;
    if (this.opts.summaryLine && !quiet) {
      const gate = gateSet(s.gate) ? `; gate ${s.gate.failed ? 'failed' : 'passed'}` : '';
      this.err(`influaudit: ${countOf(s.accounts, 'account')} (${s.authentic} authentic, ${s.suspicious} suspicious, ${s.likelyFake} likely fake, ${s.insufficientData} insufficient data); rows ${s.rows.read} read, ${s.rows.used} used, ${s.rows.rejected} rejected${s.warnings ? `, ${countOf(s.warnings, 'ignored cell')}` : ''}; ${normsText(s.normsUsed)}${baselineText(s)}${gate}`);
      if (end.disappeared && end.disappeared.length > 0) {
        const shown = end.disappeared.slice(0, MAX_PRINTED_REJECTIONS);
        this.err(`influaudit: gone since the baseline (listed, not failed): ${shown.map((d) => `${safeText(d.handle)} (${d.platform}, was ${d.verdict}${d.score === null ? '' : ` ${d.score}`})`).join(', ')}${end.disappeared.length > shown.length ? ` …and ${end.disappeared.length - shown.length} more` : ''}`);
      }
    }
    this.gate(s, end.failures ?? []);
  }

  /**
   * The reader left (`| head -1`): no summary line, whose counts would be the part read, but a gate that failed on
   * what was read has failed, whatever the rest holds: said and exited on as always.
   */
  stopped(end: RunEnd): void {
    this.outputBegan();
    this.gate(end.summary, end.failures ?? [], " read before the output's reader left");
  }

  /** "gate failed on <what>:", then a line per failure (the first 20), then how many more `total` has. */
  gateFailures(what: string, failures: readonly GateFailure[], total: number, more: string): void {
    this.outputBegan();
    this.err(`influaudit: gate failed on ${what}:`);
    for (const f of failures.slice(0, MAX_PRINTED_REJECTIONS)) {
      const evidence = f.evidence.length > EVIDENCE_SHOWN ? `${f.evidence.slice(0, EVIDENCE_SHOWN)}…` : f.evidence;
      this.err(`influaudit:   ${safeText(f.handle)} (${f.platform}): ${safeText(f.reason)}: ${safeText(evidence)}`);
    }
    const shown = Math.min(failures.length, MAX_PRINTED_REJECTIONS);
    if (total > shown) this.err(`influaudit:   …and ${total - shown} more ${more}`);
  }

  private gate(s: RunSummary, failures: readonly GateFailure[], when = ''): void {
    const g = s.gate;
    if (!g.failed) return;
    const rules = [g.failOn === null ? '' : `--fail-on ${g.failOn}`, g.minScore === null ? '' : `--min-score ${g.minScore}`, g.strict ? '--strict' : '', g.baseline === null ? '' : `new or worse than --baseline ${safeText(g.baseline)}`].filter(Boolean).join(', ');
    const what = [g.failedAccounts > 0 ? countOf(g.failedAccounts, 'account') : '', g.failedRows > 0 ? countOf(g.failedRows, 'rejected row') : ''].filter(Boolean).join(' and ');
    this.gateFailures(`${what}${when} (${rules})`, failures, g.failedAccounts, 'accounts (see --format json: each has "gateFailed")');
    if (g.failedRows > 0) this.err(`influaudit:   ${countOf(g.failedRows, 'row')} rejected (--strict: every row must be used; ${this.printed > 0 || this.more > 0 ? 'listed above' : 'see --format json'})`);
  }
}

function baselineText(s: RunSummary): string {
  const b = s.baseline;
  return b ? `; against the baseline ${b.new} new, ${b.worse} worse, ${b.better} better, ${b.unchanged} unchanged, ${b.disappeared} gone` : '';
}
