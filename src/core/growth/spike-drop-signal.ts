import { flag, pass, roundTo, skip, type Evidence, type EvidenceValue, type Explanation, type Signal } from '../signal.js';
import type { GrowthAnalysis } from './analysis.js';
import { formatCount, formatShare, isoDay } from './format.js';
import type { Spike } from './spikes.js';
import type { GrowthThresholds } from './thresholds.js';

export const SPIKE_DROP_ID = 'growth-spike-drop';

type Analysed = Extract<GrowthAnalysis, { ok: true }>;

/**
 * Severity in [0.4, 1]: a flagged spike-then-drop is already strong evidence ("Au cœur du marketing d’influence", French conference notes, c. 2018), and it grows
 * with the spike's share of followers and with the share given back, each saturating at its "severe" threshold.
 */
export function spikeDropSeverity(s: Spike, t: GrowthThresholds): number {
  const size = Math.min(1, s.share / t.severeSpikeShareOfFollowers);
  const giveBack = Math.min(1, s.dropShare / t.severeDropShareOfSpike);
  return 0.4 + 0.3 * size + 0.3 * giveBack;
}

/** `growth-spike-drop`: the worst unexcused spike followed by a drop, with every spike listed in `evidence.spikes`. */
export function spikeDropSignal(a: Analysed, t: GrowthThresholds): Signal {
  const flagged = a.spikes.filter((s) => s.dropped && !s.excusedBy);
  const severityOf = (s: Spike) => (s.dropped && !s.excusedBy ? spikeDropSeverity(s, t) : 0);
  const worst = pickWorst(flagged, severityOf) ?? pickWorst(a.spikes, (s) => s.excess);
  const evidence: Evidence = {
    ...(worst ? spikeEvidence(a, worst) : {}),
    baselinePerDay: roundTo(a.baseline.perDay, 1),
    noisePerSqrtDay: roundTo(a.baseline.noisePerSqrtDay, 1),
    ...(a.reference === undefined ? {} : { relativeTotals: true, sizeReference: a.reference }),
    spikes: a.spikes.map((s) => ({ ...spikeEvidence(a, s), flagged: severityOf(s) > 0, severity: roundTo(severityOf(s), 3) })),
  };
  const explain = (): Explanation => explanation(a, t, worst);
  const relative = a.reference === undefined ? '' : ` (totals rebuilt from net changes: sized against the final ${formatCount(a.reference)})`;
  if (worst && flagged.length > 0) {
    const more = flagged.length > 1 ? `; ${flagged.length - 1} more spike(s) with a drop` : '';
    if (a.reference !== undefined) {
      // The final total of net changes is only a lower bound on the audience: shares against it can only be too
      // large, so they may clear a spike but never convict one (a big channel's ordinary day looked like 24 %).
      return skip(SPIKE_DROP_ID, `${describe(a, worst, t)}${more}${relative}: net changes alone do not tell the audience's size, so this cannot be told from an ordinary day of a larger account (give the follower count: a roster row or a history with totals)`, evidence, explain);
    }
    return flag(SPIKE_DROP_ID, spikeDropSeverity(worst, t), `${describe(a, worst, t)}${more}${relative}`, evidence, explain);
  }
  if (!worst) {
    const msg = `no spike: baseline ${signed(a.baseline.perDay)}/day over ${a.spanDays} days, no gain above ${formatShare(t.minSpikeShareOfFollowers)} of followers`;
    return pass(SPIKE_DROP_ID, msg, evidence, explain);
  }
  const excused = a.spikes.filter((s) => s.excusedBy);
  const kept = a.spikes.filter((s) => !s.excusedBy);
  const parts = [
    ...excused.map((s) => `${describe(a, s, t)} (excused: ${s.excusedBy!.label})`),
    ...(kept.length > 0 ? [`${kept.length} spike(s) kept, largest ${describe(a, pickWorst(kept, (s) => s.excess)!, t)}`] : []),
  ];
  return pass(SPIKE_DROP_ID, `${parts.join('; ')}${relative}`, evidence, explain);
}

function pickWorst(spikes: readonly Spike[], score: (s: Spike) => number): Spike | undefined {
  let best: Spike | undefined;
  for (const s of spikes) if (!best || score(s) > score(best)) best = s;
  return best;
}

function when(a: Analysed, s: Spike): string {
  const first = a.points.days[s.from]!;
  const last = a.points.days[s.to]!;
  return last - first === 1 ? `on ${isoDay(last)}` : `between ${isoDay(first)} and ${isoDay(last)}`;
}

function describe(a: Analysed, s: Spike, t: GrowthThresholds): string {
  const size = a.reference === undefined ? ` of ${formatCount(s.size)}` : '';
  const head = `gained ${formatCount(s.gain)} followers ${when(a, s)} (baseline ${signed(a.baseline.perDay)}/day; ${formatShare(s.share)}${size})`;
  if (s.to === a.points.days.length - 1) return `${head}, at the end of the history: no data after it`;
  if (s.drop <= 0) return `${head}, no give-back within ${t.dropWindowDays} days`;
  return `${head}, then lost ${formatCount(s.drop)} against the trend within ${s.dropDays} days (${formatShare(s.dropShare)} of the gain, net ${signed(s.dropNet)})`;
}

function spikeEvidence(a: Analysed, s: Spike): { [key: string]: EvidenceValue } {
  return {
    spikeDate: isoDay(a.points.days[s.to]!),
    fromDate: isoDay(a.points.days[s.from]!),
    gain: roundTo(s.gain, 0),
    excessGain: roundTo(s.excess, 0),
    spikeShare: roundTo(s.share, 4),
    baselinePerDay: roundTo(a.baseline.perDay, 1),
    drop: roundTo(s.drop, 0),
    dropNet: roundTo(s.dropNet, 0),
    dropShare: roundTo(s.dropShare, 4),
    days: s.dropDays,
    followersBefore: roundTo(a.points.values[s.from]!, 0),
    ...(s.excusedBy ? { excused: s.excusedBy.label, excusedOn: isoDay(s.excusedBy.day) } : {}),
  };
}

function signed(n: number): string {
  const abs = Math.abs(n) >= 10 ? formatCount(n) : String(roundTo(n, 1));
  return n > 0 ? `+${abs}` : abs;
}

function explanation(a: Analysed, t: GrowthThresholds, s: Spike | undefined): Explanation {
  return {
    formula:
      'rate = Δfollowers / Δdays; baseline = median(rate); σ = 1.4826 · MAD((Δ − baseline·Δdays) / √Δdays); ' +
      'spike: excess = Δ − baseline·Δdays > k·σ·√Δdays; drop = max shortfall vs (followers at spike + baseline·days) within the window',
    inputs: {
      points: a.points.days.length,
      baselinePerDay: roundTo(a.baseline.perDay, 2),
      sigmaPerSqrtDay: roundTo(a.baseline.noisePerSqrtDay, 2),
      ...(s ? { excessGain: roundTo(s.excess, 0), size: roundTo(s.size, 0), drop: roundTo(s.drop, 0), days: s.dropDays } : {}),
    },
    norm:
      `spike ≥ ${formatShare(t.minSpikeShareOfFollowers)} of followers and ≥ ${t.minSpikeGain} (smallest pack sold, "Au cœur du marketing d’influence", French conference notes, c. 2018), > ${t.spikeNoiseMultiple}σ; ` +
      `drop ≥ ${formatShare(t.minDropShareOfSpike)} of the spike within ${t.dropWindowDays} days and ≥ ${t.dropNoiseMultiple}σ·√days ("a loss of followers in the following days", "Au cœur du marketing d’influence", French conference notes, c. 2018)`,
    result: s ? `${s.dropped && !s.excusedBy ? 'spike then drop' : s.excusedBy ? 'spike excused' : 'spike kept'}` : 'no spike',
  };
}
