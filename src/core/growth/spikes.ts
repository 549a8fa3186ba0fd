import type { KnownEvent } from '../account.js';
import { excessOver, type Baseline, type Points } from './baseline.js';
import type { GrowthThresholds } from './thresholds.js';

/** One spike episode: consecutive intervals far above the baseline, with what followed it. */
export interface Spike {
  /** Index of the last point before the spike (its total is `size` unless totals are relative). */
  from: number;
  /** Index of the point where the spike ends. */
  to: number;
  /** Net followers gained from `from` to `to`. */
  gain: number;
  /** `gain` minus what the baseline predicts over the same days. */
  excess: number;
  /** Followers the spike is judged against: the total before it, or the relative reference. */
  size: number;
  /** `excess / size`. */
  share: number;
  /** Largest net gain per day inside the episode (a gap's gain spread over its days). */
  peakPerDay: number;
  /** Largest shortfall against the baseline trend within the drop window (0 when none). */
  drop: number;
  /** Days from the spike's end to that shortfall. */
  dropDays: number;
  /** Raw net change from the spike's end to that point (what the CSV shows; the drop is trend-adjusted). */
  dropNet: number;
  /** `drop / excess`. */
  dropShare: number;
  /** The drop is large against both the spike and the account's noise. */
  dropped: boolean;
  excusedBy?: KnownEvent;
}

/**
 * Finds spike episodes: gains far above the account's noise (`spikeNoiseMultiple`) that are also material
 * (`minSpikeShareOfFollowers` of `sizeAt(from)` and `minSpikeGain`). A gap's gain is judged over its days, so
 * a weekly snapshot still shows a one-day purchase. Consecutive spiking intervals form one episode.
 */
export function findSpikes(
  p: Points,
  b: Baseline,
  sizeAt: (index: number) => number,
  events: readonly KnownEvent[],
  t: GrowthThresholds,
): Spike[] {
  const spikes: Spike[] = [];
  let i = 1;
  while (i < p.days.length) {
    if (!spiking(p, b, i, t)) {
      i++;
      continue;
    }
    const from = i - 1;
    let to = i;
    let peakPerDay = rate(p, i);
    while (to + 1 < p.days.length && spiking(p, b, to + 1, t)) {
      to++;
      peakPerDay = Math.max(peakPerDay, rate(p, to));
    }
    i = to + 1;
    const gain = p.values[to]! - p.values[from]!;
    const excess = excessOver(b, gain, p.days[to]! - p.days[from]!);
    const size = sizeAt(from);
    if (excess < t.minSpikeGain || !(excess >= t.minSpikeShareOfFollowers * size)) continue;
    // An account starting from nothing: the spike is its whole audience.
    const share = size > 0 ? excess / size : 1;
    const drop = dropAfter(p, b, to, t);
    const dropShare = drop.drop / excess;
    const dropped =
      drop.drop > 0 &&
      dropShare >= t.minDropShareOfSpike &&
      drop.drop >= t.dropNoiseMultiple * b.noisePerSqrtDay * Math.sqrt(drop.days);
    const spike: Spike = {
      ...{ from, to, gain, excess, size, share, peakPerDay },
      ...{ drop: drop.drop, dropDays: drop.days, dropNet: drop.net, dropShare, dropped },
    };
    const event = excuse(p.days[from]! + 1, p.days[to]!, events, t.eventToleranceDays);
    if (event) spike.excusedBy = event;
    spikes.push(spike);
  }
  return spikes;
}

function rate(p: Points, i: number): number {
  return (p.values[i]! - p.values[i - 1]!) / (p.days[i]! - p.days[i - 1]!);
}

function spiking(p: Points, b: Baseline, i: number, t: GrowthThresholds): boolean {
  const gap = p.days[i]! - p.days[i - 1]!;
  const excess = excessOver(b, p.values[i]! - p.values[i - 1]!, gap);
  return excess > 0 && excess > t.spikeNoiseMultiple * b.noisePerSqrtDay * Math.sqrt(gap);
}

/**
 * Shortfall against the baseline trend, not the raw net loss: a growing account that stops growing and
 * sheds a few bought followers still lost them, and a shrinking account's usual decline is not a drop.
 * The next point always counts even past the window, so a weekly file can show the drop at all.
 */
function dropAfter(p: Points, b: Baseline, to: number, t: GrowthThresholds): { drop: number; days: number; net: number } {
  const start = p.days[to]!;
  let best = { drop: 0, days: 0, net: 0 };
  for (let j = to + 1; j < p.days.length; j++) {
    const days = p.days[j]! - start;
    if (days > t.dropWindowDays && j > to + 1) break;
    const shortfall = p.values[to]! + b.perDay * days - p.values[j]!;
    if (shortfall > best.drop) best = { drop: shortfall, days, net: p.values[j]! - p.values[to]! };
  }
  return best;
}

function excuse(firstDay: number, lastDay: number, events: readonly KnownEvent[], tolerance: number): KnownEvent | undefined {
  return events.find((e) => e.day >= firstDay - tolerance && e.day <= lastDay + tolerance);
}
