import type { KnownEvent } from '../account.js';
import { skip, type Signal } from '../signal.js';
import { analyseGrowth, type GrowthSeries } from './analysis.js';
import { engagementMismatchSignal, type GrowthContext } from './engagement-mismatch.js';
import { followingJumpSignal } from './following-jump.js';
import { SPIKE_DROP_ID, spikeDropSignal } from './spike-drop-signal.js';
import { SPIKE_ID, spikeSignal } from './spike-signal.js';
import type { GrowthThresholds } from './thresholds.js';

/**
 * All follower-growth signals for one account, always in this order: `growth-spike-drop` (the weighted one),
 * `growth-spike`, `following-jump`, `growth-engagement-mismatch`. Pure: the same inputs give the same signals.
 *
 * @param series follower totals by day; `relativeTotals` when rebuilt from net changes without a start total
 * @param events known giveaways, shoutouts, ads, TV: a spike within `eventToleranceDays` is shown, never flagged
 * @param t thresholds, usually `DEFAULT_GROWTH` overridden by the config
 * @param context optional corroborating data (interactions per post)
 */
export function growthSignals(
  series: GrowthSeries,
  events: readonly KnownEvent[],
  t: GrowthThresholds,
  context?: GrowthContext,
): Signal[] {
  const a = analyseGrowth(series, events, t);
  const follower = a.ok
    ? [spikeDropSignal(a, t), spikeSignal(a, t)]
    : [skip(SPIKE_DROP_ID, a.reason, a.evidence), skip(SPIKE_ID, a.reason, a.evidence)];
  return [...follower, followingJumpSignal(series, t), engagementMismatchSignal(a, context, t)];
}
