import type { MeasuredEngagement } from '../account.js';
import { fmtInt, fmtPct } from '../format.js';
import { findTier } from '../norms/select.js';
import type { NormTable } from '../norms/types.js';
import { flag, pass, skip, type Signal } from '../signal.js';
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
  const norm = tier.normPct === null ? '' : ` (norm ${fmtPct(tier.normPct)})`;
  const where = `${tier.label} on ${table.name}`;
  const evidence = {
    ratePct: rate,
    ...(measured.meanPct !== undefined ? { meanPct: measured.meanPct } : {}),
    ...(measured.postsUsed !== undefined ? { postsUsed: measured.postsUsed } : {}),
    basis: measured.basis, source: measured.source,
    normTable: table.name, normYear: table.year, tier: tier.label,
    normPct: tier.normPct, band: [tier.lowPct, tier.highPct],
  };
  const explain = {
    formula: measured.formula,
    inputs: measured.inputs,
    norm: `${where}: band ${fmtPct(tier.lowPct)}–${fmtPct(tier.highPct)}${norm}; source: ${table.source}`,
    result: '',
  };
  const reported = measured.source === 'roster-reported' ? ' (as reported by the export)' : '';
  if (rate < tier.lowPct) {
    const severity = rate <= 0 ? 1 : Math.log(tier.lowPct / rate) / Math.log(t.lowFullSeverityFactor);
    const message = `ER ${fmtPct(rate)}${reported} is below the ${fmtPct(tier.lowPct)}–${fmtPct(tier.highPct)} band for ${where}${norm}: audience larger than its engagement`;
    return flag(ENGAGEMENT_ID, severity, message, evidence, { explain: { ...explain, result: `below band → severity ${Math.min(1, severity).toFixed(2)}` } });
  }
  if (rate > tier.highPct) {
    const severity = Math.log(rate / tier.highPct) / Math.log(t.highFullSeverityFactor);
    const message = `ER ${fmtPct(rate)}${reported} is above the ${fmtPct(tier.lowPct)}–${fmtPct(tier.highPct)} band for ${where}${norm}: abnormally high, likes or comments may be bought`;
    return flag(ENGAGEMENT_ID, severity, message, evidence, { explain: { ...explain, result: `above band → severity ${Math.min(1, severity).toFixed(2)}` } });
  }
  const message = `ER ${fmtPct(rate)}${reported} is within the ${fmtPct(tier.lowPct)}–${fmtPct(tier.highPct)} band for ${where}${norm}`;
  return pass(ENGAGEMENT_ID, message, evidence, { explain: { ...explain, result: 'within band' } });
}
