import type { MeasuredEngagement } from '../account.js';
import { fmtInt, fmtPct } from '../format.js';
import { findTier } from '../norms/select.js';
import type { NormTable, NormTier } from '../norms/types.js';
import { flag, pass, skip, type Explanation, type Signal } from '../signal.js';
import type { NoRate } from './roster-rate.js';

export interface EngagementThresholds {
  /**
   * Below the band, severity reaches 1 when the rate is this many times under the band's low edge
   * (log scale). 2.5: a 1M account at 0.3 % against a 0.74 % low edge is fully severe, matching CreatorScore's
   * "a 1M account with 0.3 % engagement almost always has purchased followers".
   */
  lowFullSeverityFactor: number;
  /** Above the band, severity reaches 1 at this many times the band's high edge (log scale). */
  highFullSeverityFactor: number;
}

export const DEFAULT_ENGAGEMENT: EngagementThresholds = { lowFullSeverityFactor: 2.5, highFullSeverityFactor: 2 };

export const ENGAGEMENT_ID = 'engagement-rate';

/**
 * Compares a measured engagement rate (percent) with the tier's natural band from a named, dated norm table.
 * Too low points to bought followers (seed 001: "several hundred thousand people, but photos get about fifty
 * reactions"); too high to bought likes (seed 001: likes "can be bought by packs"). Severity grows on a log scale
 * with the distance outside the band, so a rate just outside it weighs little.
 */
export function engagementSignal(
  measured: MeasuredEngagement | NoRate,
  followers: number | undefined,
  table: NormTable | undefined,
  t: EngagementThresholds,
): Signal {
  if ('skip' in measured) return skip(ENGAGEMENT_ID, measured.skip, {});
  if (!table) return skip(ENGAGEMENT_ID, 'no norm table for this platform', { ratePct: measured.ratePct });
  if (measured.basis !== table.basis && measured.source !== 'roster-reported') {
    return skip(ENGAGEMENT_ID, `rate is on ${measured.basis} but norm table ${table.name} is on ${table.basis}`, {
      ratePct: measured.ratePct, normTable: table.name,
    });
  }
  const size = followers ?? (table.tiers.length === 1 ? 0 : undefined);
  if (size === undefined) {
    return skip(ENGAGEMENT_ID, `no follower count to pick a tier in ${table.name}`, { ratePct: measured.ratePct });
  }
  const tier = findTier(table, size);
  if (!tier) return skip(ENGAGEMENT_ID, `no tier of ${table.name} covers ${fmtInt(size)} followers`, {});
  const rate = measured.ratePct;
  const texts = tierTexts(table, tier);
  // Keys in one order for every account (the JSON contract); a roster's averages have no mean or post count, and
  // that literal skips the spreads, which were a hot spot for rosters.
  const evidence = measured.meanPct === undefined && measured.postsUsed === undefined
    ? {
      ratePct: rate, basis: measured.basis, source: measured.source,
      normTable: table.name, normYear: table.year, tier: tier.label, normPct: tier.normPct, band: texts.band,
    }
    : {
      ratePct: rate,
      ...(measured.meanPct !== undefined ? { meanPct: measured.meanPct } : {}),
      ...(measured.postsUsed !== undefined ? { postsUsed: measured.postsUsed } : {}),
      basis: measured.basis, source: measured.source,
      normTable: table.name, normYear: table.year, tier: tier.label, normPct: tier.normPct, band: texts.band,
    };
  // Messages are built when read (a roster's CSV reads only flags'): see MessageText.
  const said = () => `ER ${fmtPct(rate)}${measured.source === 'roster-reported' ? ' (as reported by the export)' : ''}`;
  if (rate < tier.lowPct) {
    const severity = rate <= 0 ? 1 : Math.log(tier.lowPct / rate) / Math.log(t.lowFullSeverityFactor);
    return flag(ENGAGEMENT_ID, severity, () => said() + texts.below, evidence, () => explanation(measured, texts, `below band → severity ${Math.min(1, severity).toFixed(2)}`));
  }
  if (rate > tier.highPct) {
    const severity = Math.log(rate / tier.highPct) / Math.log(t.highFullSeverityFactor);
    return flag(ENGAGEMENT_ID, severity, () => said() + texts.above, evidence, () => explanation(measured, texts, `above band → severity ${Math.min(1, severity).toFixed(2)}`));
  }
  return pass(ENGAGEMENT_ID, () => said() + texts.within, evidence, () => explanation(measured, texts, 'within band'));
}

function explanation(measured: MeasuredEngagement, texts: TierTexts, result: string): Explanation {
  return { formula: measured.formula, inputs: measured.inputs, norm: texts.norm, result };
}

/** What a tier of a table says in every message and explanation: built once per tier, not for every account. */
interface TierTexts {
  table: NormTable;
  below: string;
  above: string;
  within: string;
  norm: string;
  /** [low, high]: shared by every account's evidence (evidence is never changed once built). */
  band: number[];
}
const TIER_TEXTS = new WeakMap<NormTier, TierTexts>();

function tierTexts(table: NormTable, tier: NormTier): TierTexts {
  const cached = TIER_TEXTS.get(tier);
  // A tier object could be shared by two tables (a config reusing one): the table's name is in the text.
  if (cached !== undefined && cached.table === table) return cached;
  const norm = tier.normPct === null ? '' : ` (norm ${fmtPct(tier.normPct)})`;
  const where = `${tier.label} on ${table.name}`;
  const band = `${fmtPct(tier.lowPct)}–${fmtPct(tier.highPct)}`;
  const texts = {
    table,
    below: ` is below the ${band} band for ${where}${norm}: audience larger than its engagement`,
    above: ` is above the ${band} band for ${where}${norm}: abnormally high, likes or comments may be bought`,
    within: ` is within the ${band} band for ${where}${norm}`,
    norm: `${where}: band ${band}${norm}; source: ${table.source}`,
    band: Object.freeze([tier.lowPct, tier.highPct]) as number[],
  };
  TIER_TEXTS.set(tier, texts);
  return texts;
}
