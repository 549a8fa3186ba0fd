import type { MeasuredEngagement } from '../account.js';
import { tailLogOdds } from '../evidence.js';
import { fmtInt, fmtPct, fmtShareOfAll } from '../format.js';
import { rarityOf, type Rarity } from '../norms/rarity.js';
import { findTier } from '../norms/select.js';
import type { NormTable, NormTier } from '../norms/types.js';
import { flag, pass, roundTo, skip, type Evidence, type Explanation, type Signal } from '../signal.js';
import type { NoRate } from './roster-rate.js';

export interface EngagementThresholds {
  /**
   * A rate counts as evidence only when fewer than this share of genuine accounts lie beyond it on its side: 0.05,
   * the usual 5 % tail. Nearer the median a rate is ordinary, whatever the direction.
   */
  evidenceTail: number;
  /**
   * Very high engagement alone is weak evidence (devoted fandoms engage at 8–30 %): without a corroborating signal it
   * adds at most this many log-odds (0.5: it can lower a score, never make an account suspicious).
   */
  highAloneMaxLogOdds: number;
}

export const DEFAULT_ENGAGEMENT: EngagementThresholds = { evidenceTail: 0.05, highAloneMaxLogOdds: 0.5 };

export const ENGAGEMENT_ID = 'engagement-rate';

/** Log-odds at which the engagement flag shows severity 1: p ≈ 1e-5, a rate that alone is overwhelming. */
const FULL_SEVERITY_LOG_ODDS = 8;

/**
 * Judges a measured engagement rate by how rare it is among genuine accounts of the same size, platform and basis
 * (a named, dated norm table): too low points to an audience larger than its engagement ("followed by several
 * hundred thousand people, but photos get about fifty reactions"), too high to bought likes. The evidence is the
 * tail's log-odds (`tailLogOdds`); `followersAssessed: false` marks a rate that never saw the follower count
 * (a posts export on views or impressions alone): it may convict, not clear.
 */
export function engagementSignal(
  measured: MeasuredEngagement | NoRate,
  followers: number | undefined,
  table: NormTable | undefined,
  t: EngagementThresholds,
): Signal {
  if ('skip' in measured) return skip(ENGAGEMENT_ID, measured.skip, {});
  if (!table) {
    return skip(ENGAGEMENT_ID, `rate ${fmtPct(measured.ratePct)} on ${measured.basis}, but no norm table judges this platform on ${measured.basis}`, { ratePct: measured.ratePct, basis: measured.basis });
  }
  const place = placeOf(table, followers);
  if ('skip' in place) return skip(ENGAGEMENT_ID, place.skip, { ratePct: measured.ratePct, normTable: table.name });
  const { tier, rarity, where } = judgeAgainst(place, measured.ratePct);
  const side = rarity.below < t.evidenceTail ? 'low' : rarity.above < t.evidenceTail ? 'high' : null;
  const logOdds = side === 'low' ? tailLogOdds(rarity.below) : side === 'high' ? tailLogOdds(rarity.above) : 0;
  const followersAssessed = measured.basis === 'followers' || followers !== undefined;
  const evidence: Evidence = { ratePct: measured.ratePct };
  // Optional keys assigned, not spread: this runs for every account of a roster (bench).
  if (measured.meanPct !== undefined) evidence['meanPct'] = measured.meanPct;
  if (measured.postsUsed !== undefined) evidence['postsUsed'] = measured.postsUsed;
  evidence['basis'] = measured.basis;
  evidence['source'] = measured.source;
  evidence['window'] = measured.window;
  if (measured.windowNote) evidence['windowNote'] = measured.windowNote;
  evidence['normTable'] = table.name;
  evidence['normYear'] = table.year;
  evidence['tier'] = tier.label;
  evidence['medianPct'] = tier.medianPct;
  evidence['spread'] = tier.spread;
  evidence['typicalRange'] = rangeOf(tier);
  evidence['percentile'] = roundTo(rarity.below * 100, 3);
  evidence['direction'] = side;
  evidence['logOdds'] = roundTo(Math.min(logOdds, 99), 3);
  if (!followersAssessed) evidence['followersAssessed'] = false;
  // Texts are built when read: a roster's CSV reads only flags' messages.
  const said = (middle: string) => {
    const window = measured.source === 'roster-averages' || measured.source === 'posts' ? '' : ` (${measured.window})`;
    const note = measured.windowNote ? `; ${measured.windowNote}` : '';
    const assessed = followersAssessed ? '' : '; followers not assessed (no follower count in the data): this rate can convict, not clear';
    return `ER ${fmtPct(measured.ratePct)}${window} ${middle}${note}${assessed}`;
  };
  const of = () => `genuine accounts of ${where} on ${table.name}`;
  const median = () => `median ${fmtPct(tier.medianPct)}`;
  const explain = (): Explanation => ({
    formula: measured.formula,
    inputs: measured.inputs,
    norm: `${where} on ${table.name}: ${median()}, spread ${tier.spread} (standard deviation of ln ER); ${table.source}${table.spreadSource ? `; ${table.spreadSource}` : ''}`,
    result:
      `z = (ln ${roundTo(measured.ratePct, 4)} − ln ${tier.medianPct}) / ${tier.spread} = ${fixedZ(rarity.z)} → ${fmtShareOfAll(rarity.below)} of genuine accounts lower, ` +
      `${fmtShareOfAll(rarity.above)} higher` + (side ? ` → log-odds ${roundTo(logOdds, 2)} (−ln(−e·p·ln p), p = ${pFormat(side === 'low' ? rarity.below : rarity.above)})` : ' → not rare: no evidence'),
  });
  const severity = Math.min(1, logOdds / FULL_SEVERITY_LOG_ODDS);
  if (side === 'low') {
    return flag(ENGAGEMENT_ID, severity, () => said(`is lower than ${fmtShareOfAll(rarity.above)} of ${of()} (${median()}): an audience larger than its engagement`), evidence, explain);
  }
  if (side === 'high') {
    return flag(ENGAGEMENT_ID, severity, () => said(`is higher than ${fmtShareOfAll(rarity.below)} of ${of()} (${median()}): weak evidence alone (fandoms engage like this), strong beside near-zero comments, likes above views, like bursts or a spike-then-drop`), evidence, explain);
  }
  return pass(ENGAGEMENT_ID, () => said(`is ordinary for ${of()} (${median()}; ${fmtShareOfAll(rarity.below)} of them lower)`), evidence, explain);
}

type Place = { tier: NormTier; where: string } | { lowest: NormTier; highest: NormTier } | { skip: string };

/** The tier that judges an account of this size; without a size, the most lenient tier on each side. */
function placeOf(table: NormTable, followers: number | undefined): Place {
  const only = table.tiers.length === 1 ? table.tiers[0] : undefined;
  if (only) return { tier: only, where: only.label === 'all' ? 'any size' : only.label };
  if (followers === undefined) {
    const byMedian = [...table.tiers].sort((a, b) => a.medianPct - b.medianPct);
    return { lowest: byMedian[0]!, highest: byMedian[byMedian.length - 1]! };
  }
  const tier = findTier(table, followers);
  if (!tier) return { skip: `no tier of ${table.name} covers ${fmtInt(followers)} followers` };
  return { tier, where: `${tier.label} followers` };
}

/** Without a size, a rate is low only if low for the tier with the lowest median, and high only if high for the highest. */
function judgeAgainst(place: Exclude<Place, { skip: string }>, ratePct: number): { tier: NormTier; rarity: Rarity; where: string } {
  if ('tier' in place) return { tier: place.tier, rarity: rarityOf(ratePct, place.tier), where: place.where };
  const low = rarityOf(ratePct, place.lowest);
  const high = rarityOf(ratePct, place.highest);
  const where = 'any size (followers unknown)';
  if (low.z < 0) return { tier: place.lowest, rarity: low, where };
  if (high.z > 0) return { tier: place.highest, rarity: high, where };
  return { tier: place.lowest, rarity: { z: 0, below: 0.5, above: 0.5 }, where };
}

/** The 5th to 95th percentile of genuine accounts of the tier, in percent: where nine in ten of them lie. */
export function typicalRange(tier: Pick<NormTier, 'medianPct' | 'spread'>): number[] {
  const k = 1.6449 * tier.spread;
  return [roundTo(tier.medianPct * Math.exp(-k), 3), roundTo(tier.medianPct * Math.exp(k), 3)];
}

/** `typicalRange` once per tier, frozen and shared by every account's evidence. */
const RANGES = new WeakMap<NormTier, number[]>();
function rangeOf(tier: NormTier): number[] {
  let r = RANGES.get(tier);
  if (r === undefined) RANGES.set(tier, (r = Object.freeze(typicalRange(tier)) as number[]));
  return r;
}

function fixedZ(z: number): string {
  return Number.isFinite(z) ? z.toFixed(2) : '−∞';
}

function pFormat(p: number): string {
  return p === 0 ? '0' : p < 0.001 ? p.toExponential(1) : String(roundTo(p, 4));
}
