import type { AccountResult } from '../core/score-account.js';
import type { CellWarning, RejectedRow } from '../io/rejected.js';

/** Rows the run could not use, and cells of used rows it could not read. */
export interface RowIssues {
  rejected: readonly RejectedRow[];
  warnings: readonly CellWarning[];
}
import type { RunSummary } from '../app/summary.js';

/** What every format knows about the run before the first account. */
export interface RunMeta {
  tool: 'influaudit';
  version: string;
  schema: number;
  /** The norm table in force for the default platform (or the one `--norms` named). */
  norms: string;
  /** platform → basis → table name. */
  normsByPlatform: Readonly<Record<string, Readonly<Record<string, string>>>>;
  explain: boolean;
  /** Whether colour may be used (table only). */
  color: boolean;
  /** Terminal width for the table, 80 when unknown. */
  width: number;
  /**
   * The accounts this renderer gets follow others' in the same document (a worker thread rendering part of a
   * file): its first account is not the document's first. Its `begin` output is not used.
   */
  continuation?: boolean;
}

/**
 * A format, as three functions returning text, so output can stream: `begin` before any account, `account` per
 * account as it is scored, `end` with the summary and rejected rows. A format that needs all accounts at once
 * (the table) returns '' from `account` and keeps them.
 */
export interface Renderer {
  begin(meta: RunMeta): string;
  account(result: AccountResult): string;
  /** Accounts rendered by a `continuation` renderer, placed first in the document after all: fixes their start. */
  leading?(text: string): string;
  end(summary: RunSummary, issues: RowIssues): string;
}
