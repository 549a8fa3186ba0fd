import type { AccountInput } from '../core/account.js';
import type { Platform } from '../core/platform.js';
import type { ScoringConfig } from '../core/scoring-config.js';
import type { ColumnOverrides } from '../io/columns.js';
import type { DateOrder } from '../io/dates.js';
import type { InputSource } from '../io/source.js';
import type { ScoreRenderer } from '../render/renderer.js';
import type { Gate } from '../shared/run-summary.js';
import type { AccountEvent } from './readers/events.js';

/** Everything `influaudit score` was asked to do, resolved from the flags and the config. */
export interface ScorePlan {
  sources: readonly InputSource[];
  config: ScoringConfig;
  defaultPlatform: Platform;
  overrides: ColumnOverrides;
  gate: Gate;
  renderer: ScoreRenderer;
  /** `--handle`: the account of single-account files. */
  handle?: string;
  dateOrder?: DateOrder;
  /** `--year`, or 2000: the year of the first row of year-less dates. */
  startYear: number;
  /** Whether --year was given (else year-less dates get a note). */
  yearGiven?: boolean;
  /** --platform as given: it beats a platform guessed from a tool's headers. */
  platformFlag?: Platform;
  postSelection?: AccountInput['postSelection'];
  /** From `--events`: attached to the accounts they name. */
  events?: readonly AccountEvent[];
  /** Today (days since 1970-01-01 UTC), for follower account ages from creation dates. */
  asOfDay: number;
}
