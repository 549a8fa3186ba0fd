import type { ChangeStatus } from './account-change.js';

/** What a run counted: accounts by verdict, rows read, used and rejected, unreadable cells, and the gate. */
export type FailOn = 'suspicious' | 'likely-fake';

export interface Gate {
  failOn: FailOn | null;
  minScore: number | null;
  /** `--strict`: a rejected row or an insufficient-data account fails the gate too. */
  strict?: boolean;
  /** `--baseline FILE`: only accounts new or worse than in it can fail the gate. */
  baseline?: string | null;
}

export interface RunSummary {
  accounts: number;
  authentic: number;
  suspicious: number;
  likelyFake: number;
  insufficientData: number;
  rows: { read: number; used: number; rejected: number };
  /** Optional cells that could not be read, in rows still used. */
  warnings: number;
  /** platform → the norm tables its accounts' engagement was judged on, sorted. */
  normsUsed: Record<string, string[]>;
  gate: {
    failOn: FailOn | null;
    minScore: number | null;
    strict: boolean;
    baseline: string | null;
    failed: boolean;
    /** Accounts that failed the gate. */
    failedAccounts: number;
    /** Rejected rows that failed it (`--strict`). */
    failedRows: number;
  };
  /** With `--baseline`: accounts by change, and the baseline's accounts this run did not see. */
  baseline?: Record<ChangeStatus | 'disappeared', number> & { file: string };
}

/** Whether the run has a gate at all: `--fail-on`, `--min-score` or `--strict`. */
export function gateSet(g: Pick<Gate, 'failOn' | 'minScore' | 'strict'>): boolean {
  return g.failOn !== null || g.minScore !== null || g.strict === true;
}
