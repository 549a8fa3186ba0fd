import type { Platform } from '../core/platform.js';
import type { AccountResult } from '../core/score-account.js';
import type { Verdict } from '../core/verdict.js';

/**
 * An account against `--baseline` (the JSON of an earlier, accepted run): `new` when the baseline does not have it,
 * `worse` when its verdict ranks lower or its score fell under `--min-score`, `better` the other way, else
 * `unchanged`. The gate fails only on accounts that are new or worse.
 */
export const CHANGES = ['new', 'unchanged', 'better', 'worse'] as const;
export type ChangeStatus = (typeof CHANGES)[number];

/** What the baseline held for an account: all a run keeps of it in memory. */
export interface BaselineEntry {
  verdict: Verdict;
  score: number | null;
}

export interface AccountChange {
  status: ChangeStatus;
  /** The baseline's verdict and score; null for a new account. */
  before: BaselineEntry | null;
}

/** An account of the baseline this run did not see: listed, never failed. */
export interface DisappearedAccount extends BaselineEntry {
  handle: string;
  platform: Platform;
}

/** An account as the renderers get it: its result, and what the run's gate and baseline said of it. */
export type ScoredAccount = AccountResult & {
  /** With `--baseline`. */
  change?: AccountChange;
  /** Why the account failed the gate; absent when it passed or no gate was set. */
  gateFailed?: string;
};
