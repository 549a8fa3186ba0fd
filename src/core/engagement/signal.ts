import type { MeasuredEngagement } from '../account.js';
import { tailLogOdds } from '../evidence.js';
import { fmtInt, fmtPct, fmtShareOfAll } from '../format.js';
import { rarityOf, type Rarity } from '../norms/rarity.js';
import { normAtSize, tierCentre, type NormAtSize } from '../norms/at-size.js';
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
  onFollowers?: SecondBasis,
): Signal {
  if ('skip' in measured) return skip(ENGAGEMENT_ID, measured.skip, {});
  if (!table) {
    return skip(ENGAGEMENT_ID, `rate ${fmtPct(measured.ratePct)} on ${measured.basis}, but no norm table judges this platform on ${measured.basis}`, { ratePct: measured.ratePct, basis: measured.basis });
  }
  const place = placeOf(table, followers);
  if ('skip' in place) return skip(ENGAGEMENT_ID, place.skip, { ratePct: measured.ratePct, normTable: table.name });
  const first: Judged = { measured, table, ...judgeAgainst(place, measured.ratePct) };
  const secondPlace = onFollowers && followers !== undefined ? placeOf(onFollowers.table, followers) : undefined;
  const second: Judged | undefined = onFollowers && secondPlace && !('skip' in secondPlace)
    ? { ...onFollowers, ...judgeAgainst(secondPlace, onFollowers.measured.ratePct) }
    : undefined;
  // Two bases looked at, two chances for a genuine account to fall in a tail: each tail counts twice (Bonferroni).
  const looks = second ? 2 : 1;
  const tails: { judged: Judged; side: 'low' | 'high'; p: number }[] = [
    { judged: first, side: 'low', p: first.rarity.below },
    { judged: first, side: 'high', p: first.rarity.above },
  ];
  // On followers, only the low side: a high rate on followers is what a rate on views already judges as high.
  if (second) tails.push({ judged: second, side: 'low', p: second.rarity.below });
  const rarest = tails.reduce((a, b) => (b.p < a.p ? b : a));
  const tailP = Math.min(1, rarest.p * looks);
  const side = tailP < t.evidenceTail ? rarest.side : null;
  const j = side ? rarest.judged : first;
  const other = j === first ? second : first;
  const logOdds = side ? tailLogOdds(tailP) : 0;
  return presented(j, other, side, logOdds, side ? { p: rarest.p, looks } : undefined, followers, t);
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
  where: string;
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
function presented(j: Judged, other: Judged | undefined, side: 'low' | 'high' | null, logOdds: number, tail: { p: number; looks: number } | undefined, followers: number | undefined, t: EngagementThresholds): Signal {
  const { measured, table, norm, rarity, where } = j;
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
  evidence['tier'] = norm.tier.label;
  evidence['medianPct'] = roundTo(norm.medianPct, 3);
  evidence['spread'] = roundTo(norm.spread, 3);
  evidence['typicalRange'] = norm.between ? typicalRange(norm) : rangeOf(norm.tier);
  if (norm.between) evidence['between'] = [norm.between.lower.label, norm.between.upper.label];
  evidence['percentile'] = roundTo(rarity.below * 100, 3);
  evidence['direction'] = side;
  evidence['logOdds'] = roundTo(Math.min(logOdds, 99), 3);
  if (other) {
    evidence['otherBasis'] = { basis: other.measured.basis, ratePct: other.measured.ratePct, normTable: other.table.name, tier: other.norm.tier.label, percentile: roundTo(other.rarity.below * 100, 3) };
  }
  if (!followersAssessed) evidence['followersAssessed'] = false;
  // Texts are built when read: a roster's CSV reads only flags' messages.
  const onBasis = other ? ` on ${measured.basis}` : '';
  const said = (middle: string) => {
    const window = measured.source === 'roster-averages' || measured.source === 'posts' ? '' : ` (${measured.window})`;
    const note = measured.windowNote ? `; ${measured.windowNote}` : '';
    const assessed = followersAssessed ? '' : '; followers not assessed (no follower count in the data): this rate can convict, not clear';
    const beside = other ? `; on ${other.measured.basis}, ER ${fmtPct(other.measured.ratePct)} (${fmtShareOfAll(other.rarity.below)} of genuine accounts lower)` : '';
    return `ER${onBasis} ${fmtPct(measured.ratePct)}${window} ${middle}${note}${beside}${assessed}`;
  };
  const of = () => `genuine accounts of ${where} on ${table.name}`;
  const median = () => `median ${fmtPct(norm.medianPct)}`;
  const twice = tail && tail.looks > 1 ? `; 2 bases judged, so p = 2 × ${pFormat(tail.p)}` : '';
  const explain = (): Explanation => ({
    formula: measured.formula,
    inputs: measured.inputs,
    norm: `${where} on ${table.name}: ${median()}, spread ${roundTo(norm.spread, 3)} (standard deviation of ln ER)${betweenText(norm)}; ${table.source}${table.spreadSource ? `; ${table.spreadSource}` : ''}`,
    result:
      `z = (ln ${roundTo(measured.ratePct, 4)} − ln ${roundTo(norm.medianPct, 4)}) / ${roundTo(norm.spread, 4)} = ${fixedZ(rarity.z)} → ${fmtShareOfAll(rarity.below)} of genuine accounts lower, ` +
      `${fmtShareOfAll(rarity.above)} higher` +
      (side && tail ? ` → log-odds ${logOddsText(logOdds)} (−ln(−e·p·ln p), p = ${pFormat(Math.min(1, tail.p * tail.looks))}${twice})` : ' → not rare: no evidence'),
  });
  const severity = Math.min(1, logOdds / FULL_SEVERITY_LOG_ODDS);
  if (side === 'low') {
    return flag(ENGAGEMENT_ID, severity, () => said(`is lower than ${fmtShareOfAll(rarity.above)} of ${of()} (${median()}): ${LOW_MEANS[measured.basis]}`), evidence, explain);
  }
  if (side === 'high') {
    return flag(ENGAGEMENT_ID, severity, () => said(`is higher than ${fmtShareOfAll(rarity.below)} of ${of()} (${median()}): weak evidence alone (fandoms engage like this), strong beside near-zero comments, likes above views, like bursts or a spike-then-drop`), evidence, explain);
  }
  return pass(ENGAGEMENT_ID, () => said(`is ordinary for ${of()} (${median()}; ${fmtShareOfAll(rarity.below)} of them lower)`), evidence, explain);
}

type Place = { norm: Norm; where: string } | { lowest: NormTier; highest: NormTier } | { skip: string };

/** The norm that judges an account of this size; without a size, the most lenient tier on each side. */
function placeOf(table: NormTable, followers: number | undefined): Place {
  const only = table.tiers.length === 1 ? table.tiers[0] : undefined;
  if (only) return { norm: tierNorm(only), where: only.label === 'all' ? 'any size' : only.label };
  if (followers === undefined) {
    const byMedian = [...table.tiers].sort((a, b) => a.medianPct - b.medianPct);
    return { lowest: byMedian[0]!, highest: byMedian[byMedian.length - 1]! };
  }
  const norm = normAtSize(table, followers);
  if (!norm) return { skip: `no tier of ${table.name} covers ${fmtInt(followers)} followers` };
  return { norm, where: norm.between ? `${fmtInt(followers)} followers` : `${norm.tier.label} followers` };
}

function tierNorm(tier: NormTier): Norm {
  return { medianPct: tier.medianPct, spread: tier.spread, tier };
}

/** Without a size, a rate is low only if low for the tier with the lowest median, and high only if high for the highest. */
function judgeAgainst(place: Exclude<Place, { skip: string }>, ratePct: number): { norm: Norm; rarity: Rarity; where: string } {
  if ('norm' in place) return { norm: place.norm, rarity: rarityOf(ratePct, place.norm), where: place.where };
  const low = rarityOf(ratePct, place.lowest);
  const high = rarityOf(ratePct, place.highest);
  const where = 'any size (followers unknown)';
  if (low.z < 0) return { norm: tierNorm(place.lowest), rarity: low, where };
  if (high.z > 0) return { norm: tierNorm(place.highest), rarity: high, where };
  return { norm: tierNorm(place.lowest), rarity: { z: 0, below: 0.5, above: 0.5 }, where };
}

/** How figures between two tiers were reached, for --explain. */
function betweenText(norm: Norm): string {
  const b = norm.between;
  if (!b) return '';
  const at = (t: NormTier) => `${t.label}: median ${fmtPct(t.medianPct)}, spread ${t.spread}, at ${fmtInt(Math.round(tierCentre(t)))} followers`;
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

function fixedZ(z: number): string {
  return Number.isFinite(z) ? z.toFixed(2) : '−∞';
}

function logOddsText(logOdds: number): string {
  return Number.isFinite(logOdds) ? String(roundTo(logOdds, 2)) : '∞';
}

function pFormat(p: number): string {
  return p === 0 ? '0' : p < 0.001 ? p.toExponential(1) : String(roundTo(p, 4));
}
