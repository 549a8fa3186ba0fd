import type { AccountInput } from '../core/account.js';
import type { Platform } from '../core/platform.js';
import type { ScoringConfig } from '../core/scoring-config.js';
import type { ColumnOverrides } from '../io/columns.js';
import type { DateOrder } from '../io/dates.js';
import type { InputSource } from '../io/source.js';
import type { ScoreRenderer } from '../render/renderer.js';
import type { Gate } from '../shared/run-summary.js';
import type { Baseline } from './baseline.js';
import type { AccountEvent } from './readers/events.js';

/** Everything `influaudit score` was asked to do, resolved from the flags and the config. */
export interface ScorePlan {
  sources: readonly InputSource[];
  config: ScoringConfig;
  defaultPlatform: Platform;
  overrides: ColumnOverrides;
  gate: Gate;
  renderer: ScoreRenderer;
  /** Whether the format lists rejected rows and unreadable cells (json, markdown, html): others only count them, and the run keeps no list. */
  listIssues?: boolean;
  /** A plain `--handle`: the account of every single-account file not named in `fileHandles`. */
  handle?: string;
  /** `--handle FILE=HANDLE`: the account of one single-account file, by its source name. */
  fileHandles?: Readonly<Record<string, string>>;
  /** `--baseline`: the accounts of an earlier accepted run; the gate then fails only on new or worse accounts. */
  baseline?: Baseline;
  dateOrder?: DateOrder;
  /** `--year`, or 2000: the year of the first row of year-less dates. */
  startYear: number;
  /** Whether --year was given (else year-less dates get a note). */
  yearGiven?: boolean;
  /** --platform as given: it beats a platform guessed from a tool's headers. */
  platformFlag?: Platform;
  /** `--norms`: the table asked for, so that a run it judged no account of can say so. */
  normsChosen?: { name: string; platform: string; basis: string };
  postSelection?: AccountInput['postSelection'];
  /** From `--events`: attached to the accounts they name. */
  events?: readonly AccountEvent[];
  /** `--as-of`, else today (days since 1970-01-01 UTC): follower account ages from creation dates are counted to it. */
  asOfDay: number;
  /** Whether `asOfDay` came from --as-of (else it is today, and the note says so). */
  asOfGiven?: boolean;
}
