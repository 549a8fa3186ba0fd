import { flag, pass, roundTo, type Signal } from '../signal.js';
import type { GrowthAnalysis } from './analysis.js';
import { formatCount, formatShare, isoDay } from './format.js';
import type { Spike } from './spikes.js';
import type { GrowthThresholds } from './thresholds.js';

export const SPIKE_ID = 'growth-spike';

type Analysed = Extract<GrowthAnalysis, { ok: true }>;

/**
 * `growth-spike`, informational: a spike that kept its followers is what a viral post or a shoutout looks
 * like ("Don't judge by the graph only", HypeAuditor), so it flags only when one unexplained day brings both
 * `largeSpikeShareOfFollowers` of the audience and more than ads can (`adsMaxGainPerDay`), and then weakly:
 * severity in [0.1, 0.3].
 */
export function spikeSignal(a: Analysed, t: GrowthThresholds): Signal {
  const kept = a.spikes.filter((s) => !s.dropped);
  if (kept.length === 0) {
    return pass(SPIKE_ID, 'no spike that kept its followers', { spikes: 0 });
  }
  const large = (s: Spike) =>
    !s.excusedBy && s.peakPerDay >= t.adsMaxGainPerDay && s.peakPerDay >= t.largeSpikeShareOfFollowers * s.size;
  const peakShareOf = (s: Spike) => (s.size > 0 ? s.peakPerDay / s.size : 1);
  const candidates = kept.filter(large);
  // Ranked by share, the quantity severity grows with, so excusing a spike can only lower the severity.
  const worst = [...(candidates.length > 0 ? candidates : kept)].sort((x, y) => peakShareOf(y) - peakShareOf(x))[0]!;
  const peakShare = peakShareOf(worst);
  const evidence = {
    spikeDate: isoDay(a.points.days[worst.to]!),
    gain: roundTo(worst.gain, 0),
    peakPerDay: roundTo(worst.peakPerDay, 0),
    peakShareOfFollowers: roundTo(peakShare, 4),
    followersBefore: roundTo(a.points.values[worst.from]!, 0),
    spikes: kept.length,
    ...(worst.excusedBy ? { excused: worst.excusedBy.label } : {}),
  };
  const what =
    `${kept.length} spike(s) kept their followers; largest ${formatCount(worst.peakPerDay)}/day by ` +
    `${isoDay(a.points.days[worst.to]!)} (${formatShare(peakShare)} of followers)`;
  if (candidates.length === 0) {
    const why = worst.excusedBy ? `excused: ${worst.excusedBy.label}` : 'within what a viral post or ads explain';
    return pass(SPIKE_ID, `${what}, ${why}`, evidence);
  }
  const severity = 0.1 + 0.2 * Math.min(1, peakShare / (2 * t.largeSpikeShareOfFollowers));
  const because = `more than ads bring in a day (${formatCount(t.adsMaxGainPerDay)}, HypeAuditor) with no known event`;
  return flag(SPIKE_ID, severity, `${what}: ${because}`, evidence);
}
