import type { MeasuredEngagement } from '../account.js';
import { tailLogOdds } from '../evidence.js';
import { fmtInt, fmtPercent, fmtShareOfAll } from '../format.js';
import { rarityOf, type Rarity } from '../norms/rarity.js';
import { normAtSize, tierCentre, type NormAtSize } from '../norms/at-size.js';
import type { NormTable, NormTier } from '../norms/types.js';
import { flag, pass, roundSmall, roundTo, skip, type Evidence, type Explanation, type Signal } from '../signal.js';
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
 * tail's log-odds (`tailLogOdds`); `followersAssessed: false` marks a rate on views or impressions that was not
 * judged on followers too (no follower count, or no rate on followers to judge): it may convict, not clear.
 */
export function engagementSignal(
  measured: MeasuredEngagement | NoRate,
  followers: number | undefined,
  table: NormTable | undefined,
  t: EngagementThresholds,
  onFollowers?: SecondBasis,
): Signal {
  if ('skip' in measured) return skip(ENGAGEMENT_ID, measured.skip, {});
  // Inputs past any real count (a library caller's 1e308 likes) give no rate to judge; JSON would write null.
  if (!Number.isFinite(measured.ratePct)) return skip(ENGAGEMENT_ID, `rate on ${measured.basis} is not a finite number: the inputs are past any real count`, {});
  if (!table) {
    return skip(ENGAGEMENT_ID, `rate ${fmtPercent(measured.ratePct)} on ${measured.basis}, but no norm table judges this platform on ${measured.basis}`, { ratePct: measured.ratePct, basis: measured.basis });
  }
  const place = placeOf(table, followers);
  if ('skip' in place) return skip(ENGAGEMENT_ID, place.skip, { ratePct: measured.ratePct, normTable: table.name });
  const first = judged(measured, table, place);
  const secondPlace = onFollowers && followers !== undefined ? placeOf(onFollowers.table, followers) : undefined;
  const second = onFollowers && secondPlace && !('skip' in secondPlace) ? judged(onFollowers.measured, onFollowers.table, secondPlace) : undefined;
  // Two bases looked at, two chances for a genuine account to fall in a tail: each tail counts twice (Bonferroni).
  const looks = second ? 2 : 1;
  // The rarest low tail (on followers, only the low side: a high rate there is what views already judge as high).
  const low = second && second.rarity.below < first.rarity.below ? second : first;
  const lowP = Math.min(1, low.rarity.below * looks);
  const highP = Math.min(1, first.rarity.above * looks);
  const lowOdds = lowP < t.evidenceTail ? tailLogOdds(lowP) : 0;
  const highOdds = highP < t.evidenceTail ? tailLogOdds(highP) : 0;
  // Against a low tail on the other basis, a high one is weighed as it counts alone (capped): a rare rate on views
  // must not hide followers that never engage.
  const highWins = highOdds > 0 && (second === undefined || Math.min(highOdds, t.highAloneMaxLogOdds) > lowOdds);
  if (highWins) return presented(first, second, 'high', highOdds, { p: first.rarity.above, looks }, followers);
  if (lowOdds > 0) return presented(low, low === first ? second : first, 'low', lowOdds, { p: low.rarity.below, looks }, followers);
  return presented(first, second, null, 0, undefined, followers);
}

/** The account's rate on followers, with the table that judges it, beside a rate on views or impressions. */
export interface SecondBasis {
  measured: MeasuredEngagement;
  table: NormTable;
}

interface Judged {
  measured: MeasuredEngagement;
  table: NormTable;
  norm: Norm;
  rarity: Rarity;
  place: Exclude<Place, { skip: string }>;
}

/** A rate read against its place; one object shape for every account (no spreads on the hot path). */
function judged(measured: MeasuredEngagement, table: NormTable, place: Exclude<Place, { skip: string }>): Judged {
  if ('norm' in place) return { measured, table, norm: place.norm, rarity: rarityOf(measured.ratePct, place.norm), place };
  const { norm, rarity } = withoutSize(place, measured.ratePct);
  return { measured, table, norm, rarity, place };
}

/** What a rate is judged against: its tier's figures, or figures between two tiers' (`normAtSize`). */
type Norm = Pick<NormAtSize, 'medianPct' | 'spread' | 'tier' | 'between'>;

/** What a low rate means, by what it divides interactions by. */
const LOW_MEANS: Record<MeasuredEngagement['basis'], string> = {
  followers: 'an audience larger than its engagement',
  views: 'views that bring few likes or comments (bought views?)',
  impressions: 'impressions that bring little engagement (bought impressions?)',
};

/** The signal for the judgement that decided (`j`), naming the other basis judged when there was one. */
function presented(j: Judged, other: Judged | undefined, side: 'low' | 'high' | null, logOdds: number, tail: { p: number; looks: number } | undefined, followers: number | undefined): Signal {
  const { measured, table, norm, rarity } = j;
  // Without a size, a rate between the smallest and the largest tier's medians is not rare at any size.
  const neutral = !('norm' in j.place) && rarity.z === 0 && side === null ? j.place : undefined;
  // Bought followers show only in a rate on followers: a rate on views or impressions alone cannot see them.
  const followersAssessed = measured.basis === 'followers' || other?.measured.basis === 'followers';
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
  evidence['tier'] = norm.tier.label;
  evidence['medianPct'] = roundTo(norm.medianPct, 3);
  evidence['spread'] = roundTo(norm.spread, 3);
  evidence['typicalRange'] = norm.between ? typicalRange(norm) : rangeOf(norm.tier);
  if (norm.between) evidence['between'] = norm.between.labels as string[];
  if (!neutral) evidence['percentile'] = roundSmall(rarity.below * 100, 3);
  evidence.direction = side;
  evidence.logOdds = roundTo(Math.min(logOdds, 99), 3);
  if (other) {
    evidence['otherBasis'] = { basis: other.measured.basis, ratePct: other.measured.ratePct, normTable: other.table.name, tier: other.norm.tier.label, percentile: roundSmall(other.rarity.below * 100, 3) };
  }
  if (!followersAssessed) evidence.followersAssessed = false;
  // Texts are built when read: a roster's CSV reads only flags' messages.
  const onBasis = other ? ` on ${measured.basis}` : '';
  const said = (middle: string) => {
    const window = measured.source === 'roster-averages' || measured.source === 'posts' ? '' : ` (${measured.window})`;
    const note = measured.windowNote ? `; ${measured.windowNote}` : '';
    const why = followers === undefined ? 'no follower count in the data' : `this rate on ${measured.basis} is not judged on followers`;
    const assessed = followersAssessed ? '' : `; followers not assessed (${why}): this rate can convict, not clear`;
    const beside = other ? `; on ${other.measured.basis}, ER ${fmtPercent(other.measured.ratePct)} (${fmtShareOfAll(other.rarity.below)} of genuine accounts lower)` : '';
    return `ER${onBasis} ${fmtPercent(measured.ratePct)}${window} ${middle}${note}${beside}${assessed}`;
  };
  const where = () => whereOf(j.place);
  const of = () => `genuine accounts of ${where()} on ${table.name}`;
  const median = () => `median ${fmtPercent(norm.medianPct)}`;
  const twice = tail && tail.looks > 1 ? `; 2 bases judged, so p = 2 × ${pFormat(tail.p)}` : '';
  const explain = (): Explanation => ({
    formula: measured.formula,
    inputs: measured.inputs,
    norm: `${where()} on ${table.name}: ${median()}, spread ${roundTo(norm.spread, 3)} (standard deviation of ln ER)${betweenText(norm)}; ${table.source}${table.spreadSource ? `; ${table.spreadSource}` : ''}`,
    result:
      neutral ? `between the medians of the smallest and the largest tier (${fmtPercent(neutral.lowest.medianPct)}–${fmtPercent(neutral.highest.medianPct)}): not rare whatever the size` :
      `z = (ln ${roundSmall(measured.ratePct)} − ln ${roundTo(norm.medianPct, 4)}) / ${roundTo(norm.spread, 4)} = ${fixedZ(rarity.z)} → ${shareText(rarity.below, rarity.above)} of genuine accounts lower, ` +
      `${shareText(rarity.above, rarity.below)} higher` +
      (side && tail ? ` → log-odds ${logOddsText(logOdds)} (−ln(−e·p·ln p), p = ${pFormat(Math.min(1, tail.p * tail.looks))}${twice})` : ' → not rare: no evidence'),
  });
  const severity = Math.min(1, logOdds / FULL_SEVERITY_LOG_ODDS);
  if (side === 'low') {
    return flag(ENGAGEMENT_ID, severity, () => said(`is lower than ${shareText(rarity.above, rarity.below)} of ${of()} (${median()}): ${LOW_MEANS[measured.basis]}`), evidence, explain);
  }
  if (side === 'high') {
    return flag(ENGAGEMENT_ID, severity, () => said(`is higher than ${shareText(rarity.below, rarity.above)} of ${of()} (${median()}): weak evidence alone (fandoms engage like this), strong beside near-zero comments, likes above views, like bursts or a spike-then-drop`), evidence, explain);
  }
  if (neutral) {
    return pass(ENGAGEMENT_ID, () => said(`is between the medians of genuine accounts of the smallest and the largest size on ${table.name} (${fmtPercent(neutral.lowest.medianPct)}–${fmtPercent(neutral.highest.medianPct)}): ordinary whatever the size`), evidence, explain);
  }
  return pass(ENGAGEMENT_ID, () => said(`is ordinary for ${of()} (${median()}; ${shareText(rarity.below, rarity.above)} of them lower)`), evidence, explain);
}

type Place = { norm: Norm; followers: number | undefined } | { lowest: NormTier; highest: NormTier } | { skip: string };

/** The norm that judges an account of this size; without a size, the most lenient tier on each side. */
function placeOf(table: NormTable, followers: number | undefined): Place {
  const only = table.tiers.length === 1 ? table.tiers[0] : undefined;
  if (only) return { norm: tierNorm(only), followers: undefined };
  if (followers === undefined) {
    const byMedian = [...table.tiers].sort((a, b) => a.medianPct - b.medianPct);
    return { lowest: byMedian[0]!, highest: byMedian[byMedian.length - 1]! };
  }
  const norm = normAtSize(table, followers);
  if (!norm) return { skip: `no tier of ${table.name} covers ${fmtInt(followers)} followers` };
  return { norm, followers };
}

/** Who the rate is compared with, in words: built when a message is read. */
function whereOf(place: Exclude<Place, { skip: string }>): string {
  if (!('norm' in place)) return 'any size (followers unknown)';
  const tier = place.norm.tier;
  if (place.followers === undefined) return tier.label === 'all' ? 'any size' : tier.label;
  return `${fmtInt(place.followers)} followers`;
}

function tierNorm(tier: NormTier): Norm {
  return { medianPct: tier.medianPct, spread: tier.spread, tier };
}

/** Without a size, a rate is low only if low for the tier with the lowest median, and high only if high for the highest. */
function withoutSize(place: { lowest: NormTier; highest: NormTier }, ratePct: number): { norm: Norm; rarity: Rarity } {
  const low = rarityOf(ratePct, place.lowest);
  const high = rarityOf(ratePct, place.highest);
  if (low.z < 0) return { norm: tierNorm(place.lowest), rarity: low };
  if (high.z > 0) return { norm: tierNorm(place.highest), rarity: high };
  return { norm: tierNorm(place.lowest), rarity: { z: 0, below: 0.5, above: 0.5 } };
}

/** How figures between two tiers were reached, for --explain. */
function betweenText(norm: Norm): string {
  const b = norm.between;
  if (!b) return '';
  const at = (t: NormTier) => `${t.label}: median ${fmtPercent(t.medianPct)}, spread ${t.spread}, at ${fmtInt(Math.round(tierCentre(t)))} followers`;
  return `, between the tiers' centres (${at(b.lower)}; ${at(b.upper)}), ${Math.round(b.share * 100)} % of the way on ln followers`;
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

/**
 * A share of genuine accounts, from both tails: a share that rounds to all of them in floating point (its
 * complement under 1e-16) is still short of 100 %, unless its complement is exactly 0 (a rate of 0).
 */
function shareText(share: number, complement: number): string {
  return complement > 0 && complement < 1e-6 ? 'more than 99.9999 %' : fmtShareOfAll(share);
}

function fixedZ(z: number): string {
  return Number.isFinite(z) ? z.toFixed(2) : '−∞';
}

function logOddsText(logOdds: number): string {
  return Number.isFinite(logOdds) ? String(roundTo(logOdds, 2)) : '∞';
}

function pFormat(p: number): string {
  return p === 0 ? '0' : p < 0.001 ? p.toExponential(1) : String(roundTo(p, 4));
}
